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
import hall.deadlines.clocks.domain.ClockState;
import hall.deadlines.clocks.domain.ClockTerms;
import hall.deadlines.events.ClockKind;
import hall.deadlines.events.DeadlineChanged;
import hall.workingdays.WorkingDayCalendar;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Drives the deadline clocks from case events and calendar changes, each through {@link ClockChanges}. */
@Service
public class ClockCommands implements CalendarChangeListener {

    private static final Logger log = LoggerFactory.getLogger(ClockCommands.class);

    private final ClockChanges changes;
    private final DeadlineRulesSource rulesSource;

    public ClockCommands(ClockChanges changes, DeadlineRulesSource rulesSource) {
        this.changes = changes;
        this.rulesSource = rulesSource;
    }

    /**
     * Starts the applicant clock (limit 0 for an immediate case) and, for a joint case, one internal clock per
     * participating department with its own limit.
     */
    @Transactional
    public void accepted(CaseAccepted e) {
        if (changes.exists(e.caseId())) {
            log.info("Clocks of case {} exist already; acceptance ignored", e.caseId());
            return;
        }
        String region = rulesSource.defaultRegion();
        int limit = e.category() == HandlingCategory.IMMEDIATE ? 0 : e.promisedLimitDays();
        String category = e.category() == null ? null : e.category().name();
        changes.start(new ClockTerms(e.caseId(), ClockKind.APPLICANT, e.departmentCode(), e.windowCode(),
                e.handlerId(), e.matterCode(), e.matterName(), category, region, e.acceptedAt(), limit,
                e.extensionCapDays(), e.contactRef()));
        if (e.jointParts() != null) {
            for (JointPartLimit part : e.jointParts()) {
                changes.start(new ClockTerms(e.caseId(), ClockKind.DEPARTMENT, part.departmentCode(),
                        e.windowCode(), e.handlerId(), e.matterCode(), e.matterName(), category, region,
                        e.acceptedAt(), part.internalLimitDays(), 0, null));
            }
        }
    }

    @Transactional
    public void suspended(CaseSuspended e) {
        String reason = e.reason() == null ? null : e.reason().name();
        changes.onCase(e.caseId(), clock -> clock.state() == ClockState.RUNNING,
                (clock, rules) -> List.of(clock.suspend(e.suspensionId(), reason, e.suspendedAt(), rules)));
    }

    @Transactional
    public void resumed(CaseResumed e) {
        changes.onCase(e.caseId(), clock -> clock.state() == ClockState.SUSPENDED,
                (clock, rules) -> List.of(clock.resume(e.suspensionId(), e.resumedAt(), rules)));
    }

    @Transactional
    public void completed(CaseCompleted e) {
        changes.onCase(e.caseId(), clock -> clock.state() != ClockState.STOPPED,
                (clock, rules) -> clock.complete(e.completedAt(), rules));
    }

    /** A participating department decided its part of a joint case: its internal clock stops. */
    @Transactional
    public void jointPartDecided(JointPartDecided e) {
        changes.onCase(e.caseId(), clock -> clock.kind() == ClockKind.DEPARTMENT
                        && clock.terms().departmentCode().equals(e.departmentCode())
                        && clock.state() != ClockState.STOPPED,
                (clock, rules) -> clock.complete(e.decidedAt(), rules));
    }

    @Transactional
    public void returned(CaseReturned e) {
        changes.onCase(e.caseId(), clock -> clock.state() != ClockState.STOPPED,
                (clock, rules) -> clock.close(e.returnedAt(), rules));
    }

    /** A year was loaded or corrected: recompute every open clock whose span touches it. */
    @Override
    public int calendarChanged(String region, int year, WorkingDayCalendar calendar) {
        return (int) changes.recalculateTouching(region, year, rulesSource.rules(calendar)).stream()
                .filter(DeadlineChanged.class::isInstance).count();
    }
}
