package hall.callbacks.frame.persistence;

import hall.callbacks.frame.domain.FrameMonth;
import hall.callbacks.frame.domain.HallCase;
import org.springframework.jdbc.core.RowMapper;
import static hall.callbacks.shared.persistence.Timestamps.instant;
import static hall.callbacks.shared.persistence.Timestamps.ts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The sampling frame's table; every write is an upsert so events applied in any order leave the same row. */
@Repository
public class HallCaseRepository {

    private final JdbcClient jdbc;

    public HallCaseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A case received at a window; later events fill in what it does not know yet. */
    public void received(String caseId, String contactRef, String windowCode, String departmentCode,
            String matterCode, String category, Instant receivedAt) {
        jdbc.sql("""
                insert into hall_case (case_id, contact_ref, window_code, department_code, matter_code, category,
                    received_at)
                values (:id, :ref, :window, :department, :matter, :category, :received)
                on conflict (case_id) do update set received_at = least(hall_case.received_at, excluded.received_at)""")
                .param("id", caseId).param("ref", contactRef).param("window", windowCode)
                .param("department", departmentCode).param("matter", matterCode).param("category", category)
                .param("received", ts(receivedAt)).update();
    }

    /**
     * A case's acceptance or completion, with its consent; creates the row when the submission was not seen (a
     * case accepted at once is received the same instant).
     */
    public void progressed(String caseId, String contactRef, String windowCode, String departmentCode,
            String matterCode, String category, Instant at, boolean completed, boolean callbackConsent) {
        jdbc.sql("""
                insert into hall_case (case_id, contact_ref, window_code, department_code, matter_code, category,
                    received_at, accepted_at, completed_at, callback_consent)
                values (:id, :ref, :window, :department, :matter, :category, :at,
                    case when :completed then null else :at end, case when :completed then :at else null end, :consent)
                on conflict (case_id) do update set
                    accepted_at = case when :completed then hall_case.accepted_at
                                       else coalesce(hall_case.accepted_at, excluded.accepted_at) end,
                    completed_at = case when :completed then excluded.completed_at else hall_case.completed_at end,
                    department_code = coalesce(excluded.department_code, hall_case.department_code),
                    matter_code = coalesce(excluded.matter_code, hall_case.matter_code),
                    callback_consent = excluded.callback_consent""")
                .param("id", caseId).param("ref", contactRef).param("window", windowCode)
                .param("department", departmentCode).param("matter", matterCode).param("category", category)
                .param("at", ts(at)).param("completed", completed).param("consent", callbackConsent).update();
    }

    public void returned(String caseId, Instant returnedAt) {
        jdbc.sql("update hall_case set returned_at = :at where case_id = :id")
                .param("id", caseId).param("at", ts(returnedAt)).update();
    }

    public Optional<HallCase> find(String caseId) {
        return jdbc.sql(COLUMNS + " where case_id = :id").param("id", caseId)
                .query((RowMapper<HallCase>) HallCaseRepository::hallCase).optional();
    }

    /** A window's frame for a month, ordered by case id so that a seeded draw is reproducible. */
    public List<HallCase> frame(String windowCode, FrameMonth month) {
        return jdbc.sql(COLUMNS + " where window_code = :window and received_at >= :from and received_at < :before"
                        + " order by case_id")
                .param("window", windowCode).param("from", ts(month.from())).param("before", ts(month.before()))
                .query((RowMapper<HallCase>) HallCaseRepository::hallCase).list();
    }

    /** The windows whose cases belong to the department, as case-service's events told. */
    public List<String> windowsOfDepartment(String departmentCode) {
        return jdbc.sql("select distinct window_code from hall_case where department_code = :d order by window_code")
                .param("d", departmentCode).query(String.class).list();
    }

    /** The windows that received a case in the month. */
    public List<String> windows(FrameMonth month) {
        return jdbc.sql("""
                select distinct window_code from hall_case where received_at >= :from and received_at < :before
                order by window_code""")
                .param("from", ts(month.from())).param("before", ts(month.before())).query(String.class).list();
    }

    private static final String COLUMNS = """
            select case_id, contact_ref, applicant_subject, window_code, department_code, matter_code, category,
                   received_at, accepted_at, completed_at, returned_at, callback_consent
            from hall_case""";

    private static HallCase hallCase(ResultSet rs, int n) throws SQLException {
        return new HallCase(rs.getString("case_id"), rs.getString("contact_ref"), rs.getString("applicant_subject"),
                rs.getString("window_code"), rs.getString("department_code"), rs.getString("matter_code"),
                rs.getString("category"), instant(rs, "received_at"), instant(rs, "accepted_at"),
                instant(rs, "completed_at"), instant(rs, "returned_at"), (Boolean) rs.getObject("callback_consent"));
    }
}
