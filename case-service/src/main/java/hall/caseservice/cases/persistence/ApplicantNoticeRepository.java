package hall.caseservice.cases.persistence;

import hall.cases.events.NotificationRequested;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The notices sent to applicants about their cases, each kept once (see ApplicantNotices). */
@Repository
public class ApplicantNoticeRepository {

    /** One notice as the applicant received it. */
    public record ApplicantNotice(String template, String text, Instant requestedAt) {
    }

    private final JdbcClient jdbc;

    public ApplicantNoticeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(NotificationRequested n) {
        if (n.caseId() == null) {
            return;
        }
        jdbc.sql("""
                insert into applicant_notice (notification_id, case_id, template, text, requested_at)
                values (:id, :case, :template, :text, :at) on conflict do nothing""")
                .param("id", n.notificationId()).param("case", n.caseId()).param("template", n.template())
                .param("text", n.text()).param("at", Timestamp.from(n.requestedAt())).update();
    }

    public List<ApplicantNotice> of(String caseId) {
        return jdbc.sql("""
                select template, text, requested_at from applicant_notice where case_id = :case
                order by requested_at, notification_id""")
                .param("case", caseId)
                .query((rs, n) -> new ApplicantNotice(rs.getString(1), rs.getString(2),
                        rs.getTimestamp(3).toInstant()))
                .list();
    }
}
