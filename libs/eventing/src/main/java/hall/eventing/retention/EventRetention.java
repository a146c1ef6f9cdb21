package hall.eventing.retention;

import java.time.Duration;
import java.time.OffsetDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Purges what is no longer needed: published outbox rows and records of applied events older than their
 * retention, and dead letters that were replayed. Deletes in batches so that no purge holds long locks.
 */
public class EventRetention {

    private static final Logger log = LoggerFactory.getLogger(EventRetention.class);
    private static final int BATCH = 5000;

    private final JdbcClient jdbc;
    private final Duration outboxRetention;
    private final Duration inboxRetention;

    public EventRetention(JdbcClient jdbc, Duration outboxRetention, Duration inboxRetention) {
        this.jdbc = jdbc;
        this.outboxRetention = outboxRetention;
        this.inboxRetention = inboxRetention;
    }

    public record Purged(int outboxRows, int processedRows, int replayedDeadLetters) {
    }

    /** Runs on a schedule; a failure is logged and the next run tries again. */
    public void purgeQuietly() {
        try {
            Purged purged = purge(OffsetDateTime.now());
            log.info("Purged {} published outbox rows, {} processed-event rows, {} replayed dead letters",
                    purged.outboxRows(), purged.processedRows(), purged.replayedDeadLetters());
        } catch (RuntimeException e) {
            log.warn("Purge of old eventing rows failed, will run again at the next schedule: {}", e.toString());
        }
    }

    public Purged purge(OffsetDateTime now) {
        int outbox = deleteInBatches("delete from outbox_event where sequence_no in (select sequence_no from outbox_event "
                + "where published_at < :before limit " + BATCH + ")", now.minus(outboxRetention));
        int processed = deleteInBatches("delete from processed_event where ctid in (select ctid from processed_event "
                + "where processed_at < :before limit " + BATCH + ")", now.minus(inboxRetention));
        int replayed = deleteInBatches("delete from dead_letter where id in (select id from dead_letter "
                + "where status = 'REPLAYED' and replayed_at < :before limit " + BATCH + ")", now.minus(inboxRetention));
        return new Purged(outbox, processed, replayed);
    }

    private int deleteInBatches(String sql, OffsetDateTime before) {
        int total = 0;
        int deleted;
        do {
            deleted = jdbc.sql(sql).param("before", before).update();
            total += deleted;
        } while (deleted == BATCH);
        return total;
    }
}
