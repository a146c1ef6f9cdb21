package hall.deadlines.clocks.application;

import hall.deadlines.events.DeadlineEvent;
import hall.deadlines.accountability.application.AccountabilityRecords;
import hall.deadlines.clocks.domain.ClockTerms;
import hall.deadlines.clocks.domain.DeadlineClock;
import hall.deadlines.clocks.domain.DeadlineRules;
import hall.deadlines.clocks.persistence.ClockRepository;
import hall.deadlines.events.ClockKind;
import hall.deadlines.events.DeadlineBreached;
import hall.deadlines.events.DeadlineChanged;
import hall.deadlines.events.DeadlineStarted;
import hall.deadlines.events.DeadlineStopped;
import hall.deadlines.events.DeadlineSuspended;
import hall.deadlines.events.DeadlineTopics;
import hall.deadlines.events.DeadlineWarning;
import hall.deadlines.shared.NotFound;
import hall.eventing.outbox.EventOutbox;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way a deadline clock changes. Every caller (case events, the warning scan, extensions, calendar
 * corrections) locks its clocks here, lets the aggregate apply the transition and return its events, and this class
 * stores the clock, publishes those events through the outbox and opens the accountability record of a breach, all
 * in the caller's transaction. A clock's row stays locked from read to commit, so whichever path sees a breach
 * first publishes it, and the others find the clock already at the red level.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class ClockChanges {

    /** A transition of one clock under the rules of its region; returns the events it caused, in order. */
    @FunctionalInterface
    public interface Transition {
        List<? extends DeadlineEvent> apply(DeadlineClock clock, DeadlineRules rules);
    }

    /** A clock locked for the rest of the transaction, with the rules of its region. */
    public record Locked(DeadlineClock clock, DeadlineRules rules) {
    }

    private final ClockRepository clocks;
    private final DeadlineRulesSource rulesSource;
    private final AccountabilityRecords accountability;
    private final EventOutbox outbox;

    public ClockChanges(ClockRepository clocks, DeadlineRulesSource rulesSource, AccountabilityRecords accountability,
            EventOutbox outbox) {
        this.clocks = clocks;
        this.rulesSource = rulesSource;
        this.accountability = accountability;
        this.outbox = outbox;
    }

    public boolean exists(String caseId, ClockKind kind) {
        return clocks.exists(caseId, kind);
    }

    /** Starts a clock and publishes DeadlineStarted. */
    public DeadlineClock start(ClockTerms terms) {
        DeadlineClock.Started started = DeadlineClock.start(terms, rulesSource.perRegion().apply(terms.region()));
        clocks.insert(started.clock());
        publish(List.of(started.event()), started.clock());
        return started.clock();
    }

    /** Applies the transition to every clock of the case it concerns; the events of all of them, in order. */
    public List<DeadlineEvent> onCase(String caseId, Predicate<DeadlineClock> concerned, Transition transition) {
        List<DeadlineEvent> events = new ArrayList<>();
        for (Locked locked : lockCase(caseId)) {
            if (concerned.test(locked.clock())) {
                events.addAll(apply(locked, transition));
            }
        }
        return events;
    }

    /** The applicant clock of a case, locked. */
    public Locked lockApplicant(String caseId) {
        return lockCase(caseId).stream().filter(l -> l.clock().kind() == ClockKind.APPLICANT).findFirst()
                .orElseThrow(() -> new NotFound("No deadline for case " + caseId));
    }

    /**
     * The scan: claims due running clocks (SKIP LOCKED) and escalates each; returns how many were claimed. Set-based:
     * one statement claims the batch (and one reads their suspensions), one stores the changed clocks, one opens the
     * accountability records of the breaches and one appends all their events, instead of statements per clock.
     */
    public int escalateDue(Instant now, int limit, List<DeadlineEvent> published) {
        Function<String, DeadlineRules> rules = rulesSource.perRegion();
        List<DeadlineClock> due = clocks.claimDue(now, limit, rules);
        List<EventOutbox.Keyed> events = new ArrayList<>();
        List<AccountabilityRecords.Breach> breaches = new ArrayList<>();
        for (DeadlineClock clock : due) {
            for (DeadlineEvent event : clock.escalate(now, rules.apply(clock.terms().region()))) {
                if (event instanceof DeadlineBreached breach) {
                    breaches.add(new AccountabilityRecords.Breach(breach, clock.terms().departmentCode()));
                }
                events.add(new EventOutbox.Keyed(clock.caseId(), event));
                published.add(event);
            }
        }
        clocks.markScanned(due);
        accountability.openAll(breaches);
        outbox.appendAll(DeadlineTopics.DEADLINE_EVENTS, events);
        return due.size();
    }

    /** A year was loaded or corrected: every open clock whose span touches it is recomputed. */
    public List<DeadlineEvent> recalculateTouching(String region, int year, DeadlineRules rules) {
        List<DeadlineEvent> events = new ArrayList<>();
        for (DeadlineClock clock : clocks.lockOpenTouching(region, LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31), r -> rules)) {
            events.addAll(apply(new Locked(clock, rules), DeadlineClock::recalculate));
        }
        return events;
    }

    /** Applies a transition to a locked clock: store, open the accountability record of a breach, publish. */
    public List<DeadlineEvent> apply(Locked locked, Transition transition) {
        List<DeadlineEvent> events = List.copyOf(transition.apply(locked.clock(), locked.rules()));
        clocks.update(locked.clock());
        publish(events, locked.clock());
        return events;
    }

    private List<Locked> lockCase(String caseId) {
        Function<String, DeadlineRules> rules = rulesSource.perRegion();
        return clocks.lockByCase(caseId, rules).stream()
                .map(c -> new Locked(c, rules.apply(c.terms().region()))).toList();
    }

    private void publish(List<? extends DeadlineEvent> events, DeadlineClock clock) {
        for (DeadlineEvent event : events) {
            if (event instanceof DeadlineBreached breach) {
                accountability.open(breach, clock.terms().departmentCode());
            }
            outbox.append(DeadlineTopics.DEADLINE_EVENTS, clock.caseId(), event);
        }
    }
}
