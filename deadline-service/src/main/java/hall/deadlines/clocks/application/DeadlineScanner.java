package hall.deadlines.clocks.application;

import hall.deadlines.accountability.application.AccountabilityService;
import hall.deadlines.clocks.domain.DeadlineClock;
import hall.deadlines.clocks.domain.DeadlineRules;
import hall.deadlines.clocks.domain.Escalation;
import hall.deadlines.clocks.domain.WarningLevel;
import hall.deadlines.clocks.persistence.ClockRepository;
import hall.deadlines.events.DeadlineBreached;
import hall.deadlines.events.DeadlineTopics;
import hall.deadlines.events.DeadlineWarning;
import hall.eventing.outbox.EventOutbox;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The warning scan. Each batch, in one transaction: claim due running clocks through the partial index on
 * next_check_at with FOR UPDATE SKIP LOCKED, raise each clock's level with an UPDATE guarded by
 * {@code level < new level}, and append DeadlineWarning / DeadlineBreached (and open the accountability record)
 * only when that UPDATE changed the row. Several scanners on the same database therefore publish each clock's
 * warning and breach exactly once. A clock that jumps straight from no warning to overdue gets only the breach.
 */
public class DeadlineScanner {

    private final ClockRepository clocks;
    private final AccountabilityService accountability;
    private final DeadlineRulesSource rulesSource;
    private final EventOutbox outbox;
    private final TransactionTemplate transaction;
    private final int batchSize;

    public DeadlineScanner(ClockRepository clocks, AccountabilityService accountability,
            DeadlineRulesSource rulesSource, EventOutbox outbox, TransactionTemplate transaction, int batchSize) {
        this.clocks = clocks;
        this.accountability = accountability;
        this.rulesSource = rulesSource;
        this.outbox = outbox;
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
        Function<String, DeadlineRules> rules = rulesSource.perRegion();
        List<DeadlineClock> due = clocks.claimDue(now, batchSize, rules);
        int warnings = 0;
        int breaches = 0;
        for (DeadlineClock clock : due) {
            DeadlineRules clockRules = rules.apply(clock.terms().region());
            Optional<Escalation> escalation = clock.escalate(now, clockRules);
            if (escalation.isEmpty()) {
                clocks.reschedule(clock.id(), clock.nextCheckAt());
                continue;
            }
            Escalation e = escalation.get();
            if (clocks.raiseLevel(clock.id(), e.to(), clock.nextCheckAt()) != 1) {
                continue;
            }
            if (e.to() == WarningLevel.YELLOW) {
                outbox.append(DeadlineTopics.DEADLINE_EVENTS, clock.caseId(),
                        new DeadlineWarning(clock.caseId(), clock.id(), clock.kind(), clock.terms().windowCode(),
                                clock.dueAt(), e.remainingWorkingDays(), now));
                warnings++;
            } else {
                String accountabilityId = accountability.open(clock.id(), clock.caseId(), clock.kind().name(),
                        clock.terms().windowCode(), clock.terms().departmentCode(), clock.terms().handlerId(),
                        clock.dueAt(), now);
                outbox.append(DeadlineTopics.DEADLINE_EVENTS, clock.caseId(),
                        new DeadlineBreached(clock.caseId(), clock.id(), clock.kind(), clock.terms().windowCode(),
                                clock.terms().handlerId(), clock.dueAt(), accountabilityId, now));
                breaches++;
            }
        }
        return new ScanResult(due.size(), warnings, breaches);
    }
}
