package hall.deadlines.clocks.application;

import hall.cases.events.CaseAccepted;
import hall.cases.events.CaseCompleted;
import hall.cases.events.CaseEvent;
import hall.cases.events.CaseResumed;
import hall.cases.events.CaseReturned;
import hall.cases.events.CaseSuspended;
import hall.cases.events.HandlingCategory;
import hall.cases.events.JointPartDecided;
import hall.cases.events.JointPartLimit;
import hall.cases.events.MaterialsSupplied;
import hall.cases.events.SupplementRequested;
import hall.deadlines.clocks.domain.AcceptanceClock;
import hall.deadlines.clocks.persistence.HeldCaseEvents;
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
    private final HeldCaseEvents held;

    private final int acceptanceWorkingDays;

    public ClockCommands(ClockChanges changes, DeadlineRulesSource rulesSource, DeadlineProperties properties,
            HeldCaseEvents held) {
        this.changes = changes;
        this.rulesSource = rulesSource;
        this.held = held;
        this.acceptanceWorkingDays = properties.getAcceptance().getWorkingDays();
    }

    /**
     * Stops the acceptance clock, if the case had one, and starts the applicant clock (limit 0 for an immediate
     * case) and, for a joint case, one internal clock per participating department with its own limit. Then the
     * case's events that arrived before the acceptance are applied, in the order they happened.
     */
    @Transactional
    public void accepted(CaseAccepted e) {
        stopAcceptanceClock(e.caseId(), e.acceptedAt());
        if (changes.exists(e.caseId(), ClockKind.APPLICANT)) {
            log.info("Clocks of case {} exist already; acceptance ignored", e.caseId());
            return;
        }
        startClocks(e);
        for (CaseEvent early : held.release(e.caseId())) {
            log.info("Case {}: {} held until the acceptance, applied now", e.caseId(), early.eventType());
            switch (early) {
                case CaseSuspended s -> suspended(s);
                case CaseResumed r -> resumed(r);
                case CaseCompleted c -> completed(c);
                case JointPartDecided j -> jointPartDecided(j);
                case CaseReturned r -> returned(r);
                default -> log.warn("Case {}: held {} has no effect on clocks", e.caseId(), early.eventType());
            }
        }
    }

    private void startClocks(CaseAccepted e) {
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

    /**
     * An event that needs the applicant clock arrived before the acceptance that starts it (the broker delivered the
     * case's events out of order): it is held and applied when the acceptance arrives, instead of acting on a clock
     * that does not exist yet or on the acceptance clock, which the acceptance itself must stop.
     */
    private boolean heldUntilAccepted(String caseId, CaseEvent e, Instant occurredAt) {
        if (changes.exists(caseId, ClockKind.APPLICANT)) {
            return false;
        }
        held.hold(caseId, e, occurredAt);
        log.warn("Case {}: {} arrived before the case's acceptance; held until its clocks start", caseId, e.eventType());
        return true;
    }

    @Transactional
    public void suspended(CaseSuspended e) {
        if (heldUntilAccepted(e.caseId(), e, e.suspendedAt())) {
            return;
        }
        String reason = e.reason() == null ? null : e.reason().name();
        changes.onCase(e.caseId(), clock -> clock.state() == ClockState.RUNNING,
                (clock, rules) -> List.of(clock.suspend(e.suspensionId(), reason, e.suspendedAt(), rules)));
    }

    @Transactional
    public void resumed(CaseResumed e) {
        if (heldUntilAccepted(e.caseId(), e, e.resumedAt())) {
            return;
        }
        changes.onCase(e.caseId(), clock -> clock.state() == ClockState.SUSPENDED,
                (clock, rules) -> List.of(clock.resume(e.suspensionId(), e.resumedAt(), rules)));
    }

    @Transactional
    public void completed(CaseCompleted e) {
        if (heldUntilAccepted(e.caseId(), e, e.completedAt())) {
            return;
        }
        changes.onCase(e.caseId(), clock -> clock.state() != ClockState.STOPPED,
                (clock, rules) -> clock.complete(e.completedAt(), rules));
    }

    /** A participating department decided its part of a joint case: its internal clock stops. */
    @Transactional
    public void jointPartDecided(JointPartDecided e) {
        if (heldUntilAccepted(e.caseId(), e, e.decidedAt())) {
            return;
        }
        changes.onCase(e.caseId(), clock -> clock.kind() == ClockKind.DEPARTMENT
                        && clock.terms().departmentCode().equals(e.departmentCode())
                        && clock.state() != ClockState.STOPPED,
                (clock, rules) -> clock.complete(e.decidedAt(), rules));
    }

    /**
     * A return closes the case's open clocks. Without an applicant clock it may be a return before acceptance (the
     * acceptance clock closes now) or one that overtook its acceptance, so it is also held: an acceptance that
     * still arrives closes its new clocks again. (A return that was in truth before acceptance stays held.)
     */
    @Transactional
    public void returned(CaseReturned e) {
        if (!changes.exists(e.caseId(), ClockKind.APPLICANT)) {
            held.hold(e.caseId(), e, e.returnedAt());
        }
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
