package hall.deadlines.clocks.application;

import hall.cases.events.CaseAccepted;
import hall.cases.events.CaseCompleted;
import hall.cases.events.CaseResumed;
import hall.cases.events.CaseReturned;
import hall.cases.events.CaseSuspended;
import hall.cases.events.HandlingCategory;
import hall.cases.events.JointPartDecided;
import hall.cases.events.JointPartLimit;
import hall.cases.events.MaterialsSupplied;
import hall.cases.events.SupplementRequested;
import hall.deadlines.clocks.domain.AcceptanceClock;
import hall.deadlines.shared.DeadlineProperties;
import java.time.Instant;
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

    private final int acceptanceWorkingDays;

    public ClockCommands(ClockChanges changes, DeadlineRulesSource rulesSource, DeadlineProperties properties) {
        this.changes = changes;
        this.rulesSource = rulesSource;
        this.acceptanceWorkingDays = properties.getAcceptance().getWorkingDays();
    }

    /**
     * Stops the acceptance clock, if the case had one, and starts the applicant clock (limit 0 for an immediate
     * case) and, for a joint case, one internal clock per participating department with its own limit.
     */
    @Transactional
    public void accepted(CaseAccepted e) {
        stopAcceptanceClock(e.caseId(), e.acceptedAt());
        if (changes.exists(e.caseId(), ClockKind.APPLICANT)) {
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

    /**
     * The supplemented materials are complete: the case waits for acceptance, and the window's acceptance clock
     * starts (once per case: a further notice stops it, and a later completion does not start a second one).
     */
    @Transactional
    public void materialsSupplied(MaterialsSupplied e) {
        var terms = AcceptanceClock.terms(e.caseId(), e.complete(), e.suppliedAt(), e.windowCode(),
                e.departmentCode(), e.matterCode(), rulesSource.defaultRegion(), acceptanceWorkingDays);
        if (terms.isEmpty()) {
            if (e.complete()) {
                log.warn("Case {}: materials complete, but the event names no window or department; no acceptance"
                        + " clock", e.caseId());
            }
            return;
        }
        if (changes.exists(e.caseId(), ClockKind.ACCEPTANCE) || changes.exists(e.caseId(), ClockKind.APPLICANT)) {
            log.info("Case {}: acceptance clock or applicant clock exists already; completion ignored", e.caseId());
            return;
        }
        changes.start(terms.get());
    }

    /** A further supplement notice: the window acted on the complete case, so its acceptance clock stops. */
    @Transactional
    public void supplementRequested(SupplementRequested e) {
        stopAcceptanceClock(e.caseId(), e.requestedAt());
    }

    private void stopAcceptanceClock(String caseId, Instant at) {
        changes.onCase(caseId, clock -> clock.kind() == ClockKind.ACCEPTANCE && clock.state() != ClockState.STOPPED,
                (clock, rules) -> clock.complete(at, rules));
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
