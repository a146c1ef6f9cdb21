package hall.deadlines.clocks.application;

import hall.cases.events.CaseAccepted;
import hall.cases.events.CaseCompleted;
import hall.cases.events.CaseResumed;
import hall.cases.events.CaseReturned;
import hall.cases.events.CaseSuspended;
import hall.cases.events.HandlingCategory;
import hall.cases.events.JointPartDecided;
import hall.cases.events.JointPartLimit;
import hall.deadlines.calendar.application.CalendarChangeListener;
import hall.workingdays.WorkingDayCalendar;
import hall.deadlines.clocks.domain.ClockState;
import hall.deadlines.clocks.domain.ClockTerms;
import hall.deadlines.clocks.domain.DeadlineClock;
import hall.deadlines.clocks.domain.DeadlineRules;
import hall.deadlines.clocks.persistence.ClockRepository;
import hall.deadlines.events.ClockKind;
import hall.deadlines.events.DeadlineChanged;
import hall.deadlines.events.DeadlineEvent;
import hall.deadlines.events.DeadlineTopics;
import hall.eventing.outbox.EventOutbox;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Drives the deadline clocks from case events; every change and its events commit together. */
@Service
public class ClockService implements CalendarChangeListener {

    private static final Logger log = LoggerFactory.getLogger(ClockService.class);

    private final ClockRepository clocks;
    private final DeadlineRulesSource rulesSource;
    private final EventOutbox outbox;

    public ClockService(ClockRepository clocks, DeadlineRulesSource rulesSource, EventOutbox outbox) {
        this.clocks = clocks;
        this.rulesSource = rulesSource;
        this.outbox = outbox;
    }

    /**
     * Starts the applicant clock (limit 0 for an immediate case) and, for a joint case, one internal clock per
     * participating department with its own limit.
     */
    @Transactional
    public void accepted(CaseAccepted e) {
        if (clocks.exists(e.caseId())) {
            log.info("Clocks of case {} exist already; acceptance ignored", e.caseId());
            return;
        }
        String region = rulesSource.defaultRegion();
        DeadlineRules rules = rulesSource.perRegion().apply(region);
        int limit = e.category() == HandlingCategory.IMMEDIATE ? 0 : e.promisedLimitDays();
        String category = e.category() == null ? null : e.category().name();
        start(new ClockTerms(e.caseId(), ClockKind.APPLICANT, e.departmentCode(), e.windowCode(), e.handlerId(),
                e.matterCode(), e.matterName(), category, region, e.acceptedAt(), limit, e.extensionCapDays(),
                e.contactRef()), rules);
        if (e.jointParts() != null) {
            for (JointPartLimit part : e.jointParts()) {
                start(new ClockTerms(e.caseId(), ClockKind.DEPARTMENT, part.departmentCode(), e.windowCode(),
                        e.handlerId(), e.matterCode(), e.matterName(), category, region, e.acceptedAt(),
                        part.internalLimitDays(), 0, null), rules);
            }
        }
    }

    private void start(ClockTerms terms, DeadlineRules rules) {
        DeadlineClock.Started started = DeadlineClock.start(terms, rules);
        clocks.insert(started.clock());
        publish(terms.caseId(), started.event());
    }

    @Transactional
    public void suspended(CaseSuspended e) {
        String reason = e.reason() == null ? null : e.reason().name();
        onEachClock(e.caseId(), clock -> clock.state() == ClockState.RUNNING,
                (clock, rules) -> clock.suspend(e.suspensionId(), reason, e.suspendedAt(), rules));
    }

    @Transactional
    public void resumed(CaseResumed e) {
        onEachClock(e.caseId(), clock -> clock.state() == ClockState.SUSPENDED,
                (clock, rules) -> clock.resume(e.suspensionId(), e.resumedAt(), rules));
    }

    @Transactional
    public void completed(CaseCompleted e) {
        onEachClock(e.caseId(), clock -> clock.state() != ClockState.STOPPED,
                (clock, rules) -> clock.complete(e.completedAt(), rules));
    }

    /** A participating department decided its part of a joint case: its internal clock stops. */
    @Transactional
    public void jointPartDecided(JointPartDecided e) {
        onEachClock(e.caseId(), clock -> clock.kind() == ClockKind.DEPARTMENT
                        && clock.terms().departmentCode().equals(e.departmentCode())
                        && clock.state() != ClockState.STOPPED,
                (clock, rules) -> clock.complete(e.decidedAt(), rules));
    }

    @Transactional
    public void returned(CaseReturned e) {
        onEachClock(e.caseId(), clock -> clock.state() != ClockState.STOPPED,
                (clock, rules) -> clock.close(e.returnedAt(), rules));
    }

    /**
     * Locks the clocks of a case, applies the transition to those it concerns with the rules of their region,
     * stores each and publishes the event the transition returned, in the caller's transaction.
     */
    private void onEachClock(String caseId, Predicate<DeadlineClock> concerned,
            BiFunction<DeadlineClock, DeadlineRules, DeadlineEvent> transition) {
        Function<String, DeadlineRules> rules = rulesSource.perRegion();
        for (DeadlineClock clock : clocks.lockByCase(caseId, rules)) {
            if (concerned.test(clock)) {
                DeadlineEvent event = transition.apply(clock, rules.apply(clock.terms().region()));
                clocks.update(clock);
                publish(caseId, event);
            }
        }
    }

    /** A year was loaded or corrected: recompute every open clock whose span touches it. */
    @Override
    public int calendarChanged(String region, int year, WorkingDayCalendar calendar) {
        DeadlineRules rules = rulesSource.rules(calendar);
        int changed = 0;
        for (DeadlineClock clock : clocks.lockOpenTouching(region, LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31), r -> rules)) {
            Optional<DeadlineChanged> change = clock.recalculate(rules);
            clocks.update(clock);
            if (change.isPresent()) {
                publish(clock.caseId(), change.get());
                changed++;
            }
        }
        return changed;
    }

    private void publish(String caseId, DeadlineEvent event) {
        outbox.append(DeadlineTopics.DEADLINE_EVENTS, caseId, event);
    }
}
