package hall.callbacks.customers.persistence;

import hall.callbacks.customers.domain.CustomerCallbackKind;
import hall.callbacks.customers.domain.CustomerCallbackSchedule;
import hall.callbacks.customers.domain.CustomerProject;
import hall.callbacks.customers.domain.RegularCallbackPlan;
import hall.callbacks.shared.PlanStatus;
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
            CustomerCallbackKind kind, int seq, LocalDate opensOn, LocalDate dueBy, String content, String purpose,
            String planId, String sourceRef, Instant doneAt, String doneBy, String notes) {
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
        insert(id, projectId, s, null, null);
    }

    /**
     * A callback of a plan or after a complaint; false (nothing stored) when the project has one for
     * {@code sourceRef} already.
     */
    public boolean insert(String id, String projectId, CustomerCallbackSchedule.Slot s, String planId,
            String sourceRef) {
        return jdbc.sql("""
                insert into customer_callback (id, customer_project_id, kind, seq, opens_on, due_by, content, purpose,
                    plan_id, source_ref)
                values (:id, :project, :kind, :seq, :opens, :due, :content, :purpose, :plan, :source)
                on conflict (customer_project_id, source_ref) where source_ref is not null do nothing""")
                .param("id", id).param("project", projectId).param("kind", s.kind().name()).param("seq", s.seq())
                .param("opens", Date.valueOf(s.opensOn())).param("due", Date.valueOf(s.dueBy()))
                .param("content", s.content()).param("purpose", s.purpose()).param("plan", planId)
                .param("source", sourceRef).update() == 1;
    }

    public boolean exists(String projectId) {
        return jdbc.sql("select count(*) from customer_project where id = :id").param("id", projectId)
                .query(Long.class).single() > 0;
    }

    /** The highest number of the project's callbacks of a kind (0 when it has none). */
    public int lastSeq(String projectId, CustomerCallbackKind kind) {
        return jdbc.sql("select coalesce(max(seq), 0) from customer_callback where customer_project_id = :p"
                + " and kind = :kind").param("p", projectId).param("kind", kind.name()).query(Integer.class).single();
    }

    public Optional<CallbackRow> bySource(String projectId, String sourceRef) {
        return jdbc.sql(CALLBACK_COLUMNS + " where c.customer_project_id = :p and c.source_ref = :s")
                .param("p", projectId).param("s", sourceRef).query(CustomerRepository::row).optional();
    }

    /** The project row locked, so that its callbacks are numbered one decision at a time. */
    public void lockProject(String projectId) {
        jdbc.sql("select id from customer_project where id = :id for update").param("id", projectId)
                .query(String.class).optional();
    }

    public void insert(RegularCallbackPlan p) {
        jdbc.sql("""
                insert into regular_callback_plan (id, customer_project_id, status, proposed_by, proposed_at)
                values (:id, :project, :status, :by, :at)""")
                .param("id", p.id()).param("project", p.customerProjectId()).param("status", p.status().name())
                .param("by", p.proposedBy()).param("at", ts(p.proposedAt())).update();
        int seq = 0;
        for (RegularCallbackPlan.Entry e : p.entries()) {
            jdbc.sql("""
                    insert into regular_callback_entry (plan_id, seq, planned_on, content, purpose)
                    values (:plan, :seq, :on, :content, :purpose)""")
                    .param("plan", p.id()).param("seq", ++seq).param("on", Date.valueOf(e.date()))
                    .param("content", e.content()).param("purpose", e.purpose()).update();
        }
    }

    public void update(RegularCallbackPlan p) {
        jdbc.sql("""
                update regular_callback_plan set status = :status, decided_by = :by, decided_at = :at,
                    decision_reason = :reason where id = :id""")
                .param("id", p.id()).param("status", p.status().name()).param("by", p.decidedBy())
                .param("at", ts(p.decidedAt())).param("reason", p.reason()).update();
    }

    public Optional<RegularCallbackPlan> lockPlan(String id) {
        return plans("where id = :id for update", id).stream().findFirst();
    }

    public Optional<RegularCallbackPlan> findPlan(String id) {
        return plans("where id = :id", id).stream().findFirst();
    }

    public List<RegularCallbackPlan> plansOf(String projectId) {
        return plans("where customer_project_id = :id order by proposed_at, id", projectId);
    }

    private List<RegularCallbackPlan> plans(String where, String id) {
        return jdbc.sql("select * from regular_callback_plan " + where).param("id", id).query((rs, n) ->
                new RegularCallbackPlan(rs.getString("id"), rs.getString("customer_project_id"),
                        entries(rs.getString("id")), PlanStatus.valueOf(rs.getString("status")),
                        rs.getString("proposed_by"), instant(rs, "proposed_at"), rs.getString("decided_by"),
                        instant(rs, "decided_at"), rs.getString("decision_reason"))).list();
    }

    private List<RegularCallbackPlan.Entry> entries(String planId) {
        return jdbc.sql("select planned_on, content, purpose from regular_callback_entry where plan_id = :p"
                        + " order by seq").param("p", planId)
                .query((rs, n) -> new RegularCallbackPlan.Entry(rs.getObject("planned_on", LocalDate.class),
                        rs.getString("content"), rs.getString("purpose"))).list();
    }

    private static final String CALLBACK_COLUMNS = """
            select c.id, c.customer_project_id, p.customer, p.convenient_times, c.kind, c.seq, c.opens_on, c.due_by,
                   c.content, c.purpose, c.plan_id, c.source_ref, c.done_at, c.done_by, c.notes
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
                rs.getString("content"), rs.getString("purpose"), rs.getString("plan_id"), rs.getString("source_ref"),
                instant(rs, "done_at"), rs.getString("done_by"), rs.getString("notes"));
    }
}
