package hall.deadlines.supplement.persistence;

import hall.workingdays.SupplementNoticePeriod;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Pending checks of the 5-working-day supplement-notice rule, one per submitted case. */
@Repository
public class SupplementNoticeCheckRepository {

    public record PendingCheck(String caseId, String region, Instant receivedAt, LocalDate receivedOn) {
    }

    private final JdbcClient jdbc;

    public SupplementNoticeCheckRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean insert(String caseId, String windowCode, String region, Instant receivedAt,
            SupplementNoticePeriod period) {
        return jdbc.sql("""
                insert into supplement_notice_check (case_id, window_code, region, received_at, received_on,
                    lapses_at, provisional, state)
                values (:caseId, :window, :region, :receivedAt, :receivedOn, :lapsesAt, :provisional, 'PENDING')
                on conflict (case_id) do nothing
                """)
                .param("caseId", caseId).param("window", windowCode).param("region", region)
                .param("receivedAt", Timestamp.from(receivedAt)).param("receivedOn", Date.valueOf(period.receivedOn()))
                .param("lapsesAt", Timestamp.from(period.lapsesAt())).param("provisional", period.provisional())
                .update() == 1;
    }

    /** Settles a pending check because a notice, an acceptance or a return followed in time. */
    public int resolve(String caseId, String resolvedBy, Instant at) {
        return jdbc.sql("""
                update supplement_notice_check set state = 'RESOLVED', resolved_by = :by, settled_at = :at
                where case_id = :caseId and state = 'PENDING'
                """)
                .param("caseId", caseId).param("by", resolvedBy).param("at", Timestamp.from(at)).update();
    }

    /** Lapsed pending checks, claimed for this transaction (partial index on lapses_at of pending checks). */
    public List<PendingCheck> claimLapsed(Instant now, int limit) {
        return jdbc.sql("""
                select case_id, region, received_at, received_on from supplement_notice_check
                where state = 'PENDING' and lapses_at <= :now
                order by lapses_at limit :limit
                for update skip locked
                """)
                .param("now", Timestamp.from(now)).param("limit", limit)
                .query((rs, n) -> new PendingCheck(rs.getString(1), rs.getString(2),
                        rs.getTimestamp(3).toInstant(), rs.getObject(4, LocalDate.class)))
                .list();
    }

    public int markLapsed(String caseId, Instant at) {
        return jdbc.sql("""
                update supplement_notice_check set state = 'LAPSED', settled_at = :at
                where case_id = :caseId and state = 'PENDING'
                """)
                .param("caseId", caseId).param("at", Timestamp.from(at)).update();
    }

    public List<PendingCheck> lockPendingTouching(String region, Instant from, LocalDate to) {
        return jdbc.sql("""
                select case_id, region, received_at, received_on from supplement_notice_check
                where state = 'PENDING' and region = :region and received_on <= :to and lapses_at >= :from
                for update
                """)
                .param("region", region).param("from", Timestamp.from(from))
                .param("to", Date.valueOf(to))
                .query((rs, n) -> new PendingCheck(rs.getString(1), rs.getString(2),
                        rs.getTimestamp(3).toInstant(), rs.getObject(4, LocalDate.class)))
                .list();
    }

    public void reschedule(String caseId, SupplementNoticePeriod period) {
        jdbc.sql("update supplement_notice_check set lapses_at = :lapsesAt, provisional = :p where case_id = :caseId")
                .param("caseId", caseId).param("lapsesAt", Timestamp.from(period.lapsesAt()))
                .param("p", period.provisional()).update();
    }
}
