package hall.deadlines.clocks.application;

import hall.deadlines.events.DeadlineEvent;
import hall.deadlines.events.DeadlineBreached;
import hall.deadlines.events.DeadlineWarning;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The warning scan. Each batch, in one transaction: claim due running clocks through the partial index on
 * next_check_at with FOR UPDATE SKIP LOCKED and let each clock escalate itself through {@link ClockChanges}, which
 * stores the raised level, publishes the DeadlineWarning or DeadlineBreached the clock returned and opens the
 * accountability record of a breach. A claimed row stays locked until the batch commits, so several scanners
 * (and the completion of a case at the same moment) publish each clock's warning and breach exactly once.
 */
public class DeadlineScanner {

    private final ClockChanges changes;
    private final TransactionTemplate transaction;
    private final int batchSize;

    public DeadlineScanner(ClockChanges changes, TransactionTemplate transaction, int batchSize) {
        this.changes = changes;
        this.transaction = transaction;
        this.batchSize = batchSize;
    }

    /** What one scan did. */
    public record ScanResult(int claimed, int warnings, int breaches) {

        ScanResult plus(ScanResult other) {
            return new ScanResult(claimed + other.claimed, warnings + other.warnings, breaches + other.breaches);
        }
    }

    /** Scans until no due clock is left (or only clocks other scanners hold). */
    public ScanResult scan(Instant now) {
        ScanResult total = new ScanResult(0, 0, 0);
        ScanResult batch;
        do {
            batch = transaction.execute(status -> scanBatch(now));
            total = total.plus(batch);
        } while (batch.claimed() == batchSize);
        return total;
    }

    private ScanResult scanBatch(Instant now) {
        List<DeadlineEvent> events = new ArrayList<>();
        int claimed = changes.escalateDue(now, batchSize, events);
        return new ScanResult(claimed, (int) events.stream().filter(DeadlineWarning.class::isInstance).count(),
                (int) events.stream().filter(DeadlineBreached.class::isInstance).count());
    }
}
