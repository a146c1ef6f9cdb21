package hall.surveys.rectifications.persistence;

import hall.surveys.rectifications.domain.RectificationMeasure;
import hall.surveys.rectifications.domain.StoredMeasure;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@Repository
public class RectificationRepository {

    private final JdbcClient jdbc;

    public RectificationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(RectificationMeasure m) {
        jdbc.sql("""
                insert into rectification_measure (id, opinion_id, measure, responsible_person, working_days, due_date,
                    solvable_now, explanation, recorded_by, recorded_at)
                values (:id, :opinion, :measure, :person, :days, :due, :solvable, :explanation, :by, :at)""")
                .param("id", m.id()).param("opinion", m.opinion().id()).param("measure", m.measure())
                .param("person", m.responsiblePerson()).param("days", m.workingDays())
                .param("due", m.dueDate() == null ? null : Date.valueOf(m.dueDate()))
                .param("solvable", m.solvableNow()).param("explanation", m.explanation()).param("by", m.recordedBy())
                .param("at", Timestamp.from(m.recordedAt())).update();
    }

    /** Sets the due date of a pending measure; false when it was set already. */
    public boolean setDueDate(String id, LocalDate due) {
        return jdbc.sql("update rectification_measure set due_date = :due where id = :id and due_date is null")
                .param("id", id).param("due", Date.valueOf(due)).update() > 0;
    }

    public Optional<StoredMeasure> find(String id) {
        return jdbc.sql("select * from rectification_measure where id = :id for update").param("id", id)
                .query(this::row).optional();
    }

    public List<StoredMeasure> byCampaign(String campaignCode) {
        return jdbc.sql("""
                select m.* from rectification_measure m join opinion o on o.id = m.opinion_id
                where o.campaign_code = :campaign order by m.recorded_at, m.id""").param("campaign", campaignCode)
                .query(this::row).list();
    }

    private StoredMeasure row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Date due = rs.getDate("due_date");
        return new StoredMeasure(rs.getString("id"), rs.getString("opinion_id"), rs.getString("measure"),
                rs.getString("responsible_person"), rs.getInt("working_days"), due == null ? null : due.toLocalDate(),
                rs.getBoolean("solvable_now"), rs.getString("explanation"), rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant());
    }
}
