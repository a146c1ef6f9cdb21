package hall.callbacks.customers.persistence;

import hall.callbacks.customers.domain.CustomerCallbackKind;
import hall.callbacks.customers.domain.CustomerCallbackSchedule;
import hall.callbacks.customers.domain.CustomerProject;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static hall.callbacks.shared.persistence.Timestamps.instant;
import static hall.callbacks.shared.persistence.Timestamps.ts;

/** Customer projects and their scheduled callbacks. */
@Repository
public class CustomerRepository {

    private final JdbcClient jdbc;

    public CustomerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A scheduled callback with its project's customer and convenient times. */
    public record CallbackRow(String id, String customerProjectId, String customer, String convenientTimes,
            CustomerCallbackKind kind, int seq, LocalDate opensOn, LocalDate dueBy, Instant doneAt, String doneBy,
            String notes) {
    }

    public void insert(CustomerProject p) {
        jdbc.sql("""
                insert into customer_project (id, customer, accepted_on, handed_over_on, warranty_months,
                    convenient_times, registered_by, registered_at)
                values (:id, :customer, :accepted, :handed, :warranty, :times, :by, :at)""")
                .param("id", p.id()).param("customer", p.customer()).param("accepted", Date.valueOf(p.acceptedOn()))
                .param("handed", p.handedOverOn() == null ? null : Date.valueOf(p.handedOverOn()))
                .param("warranty", p.warrantyMonths()).param("times", p.convenientTimes())
                .param("by", p.registeredBy()).param("at", ts(p.registeredAt())).update();
    }

    public void insert(String id, String projectId, CustomerCallbackSchedule.Slot s) {
        jdbc.sql("""
                insert into customer_callback (id, customer_project_id, kind, seq, opens_on, due_by)
                values (:id, :project, :kind, :seq, :opens, :due)""")
                .param("id", id).param("project", projectId).param("kind", s.kind().name()).param("seq", s.seq())
                .param("opens", Date.valueOf(s.opensOn())).param("due", Date.valueOf(s.dueBy())).update();
    }

    private static final String CALLBACK_COLUMNS = """
            select c.id, c.customer_project_id, p.customer, p.convenient_times, c.kind, c.seq, c.opens_on, c.due_by,
                   c.done_at, c.done_by, c.notes
            from customer_callback c join customer_project p on p.id = c.customer_project_id""";

    public List<CallbackRow> callbacks(String projectId) {
        return jdbc.sql(CALLBACK_COLUMNS + " where (cast(:p as text) is null or c.customer_project_id = :p)"
                        + " order by c.due_by, c.kind, c.seq limit 1000")
                .param("p", projectId).query(CustomerRepository::row).list();
    }

    public Optional<CallbackRow> lock(String id) {
        return jdbc.sql(CALLBACK_COLUMNS + " where c.id = :id for update of c").param("id", id)
                .query(CustomerRepository::row).optional();
    }

    public void complete(String id, String by, Instant at, String notes) {
        jdbc.sql("update customer_callback set done_at = :at, done_by = :by, notes = :notes where id = :id")
                .param("id", id).param("at", ts(at)).param("by", by).param("notes", notes).update();
    }

    /** Open callbacks whose window has opened by {@code today} and that were not announced yet. */
    public List<CallbackRow> dueUnannounced(LocalDate today, int limit) {
        return jdbc.sql(CALLBACK_COLUMNS + " where c.done_at is null and not c.announced and c.opens_on <= :today"
                        + " order by c.opens_on limit :limit for update of c skip locked")
                .param("today", Date.valueOf(today)).param("limit", limit).query(CustomerRepository::row).list();
    }

    public void announced(String id) {
        jdbc.sql("update customer_callback set announced = true where id = :id").param("id", id).update();
    }

    private static CallbackRow row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new CallbackRow(rs.getString("id"), rs.getString("customer_project_id"), rs.getString("customer"),
                rs.getString("convenient_times"), CustomerCallbackKind.valueOf(rs.getString("kind")),
                rs.getInt("seq"), rs.getObject("opens_on", LocalDate.class), rs.getObject("due_by", LocalDate.class),
                instant(rs, "done_at"), rs.getString("done_by"), rs.getString("notes"));
    }
}
