package hall.caseservice.cases.application;

import hall.caseservice.cases.domain.Case;
import hall.caseservice.cases.persistence.CaseRepository;
import hall.caseservice.shared.HallClock;
import hall.deadlines.events.DeadlineBreached;
import hall.deadlines.events.DeadlineWarning;
import hall.deadlines.events.ExtensionDecided;
import hall.deadlines.events.ExtensionRequested;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes what the deadline did into the case's history: extensions asked for, approved or refused (with reason
 * and new date), warnings and breaches. Each deadline event is applied once (idempotent inbox); unknown cases are
 * left alone.
 */
@Service
public class DeadlineSteps {

    public static final String EXTENSION_REQUEST = "extension-request";
    public static final String EXTENSION_APPROVAL = "extension-approval";
    public static final String EXTENSION_REFUSAL = "extension-refusal";
    public static final String DEADLINE_WARNING = "deadline-warning";
    public static final String DEADLINE_BREACH = "deadline-breach";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private final CaseRepository cases;
    private final HallClock clock;

    public DeadlineSteps(CaseRepository cases, HallClock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    @Transactional
    public void extensionRequested(ExtensionRequested e) {
        record(e.caseId(), EXTENSION_REQUEST, e.requestedAt(), e.requestedBy(), e.workingDays()
                + " working days asked for: " + e.reason() + "; due " + day(e.dueAt()));
    }

    @Transactional
    public void extensionDecided(ExtensionDecided e) {
        String comment = e.comment() == null || e.comment().isBlank() ? "" : "; comment: " + e.comment();
        if (e.approved()) {
            record(e.caseId(), EXTENSION_APPROVAL, e.decidedAt(), null, e.workingDays() + " working days approved: "
                    + e.reason() + "; new due date " + day(e.newDueAt()) + comment);
        } else {
            record(e.caseId(), EXTENSION_REFUSAL, e.decidedAt(), null, e.workingDays() + " working days refused: "
                    + e.reason() + comment);
        }
    }

    @Transactional
    public void warned(DeadlineWarning e) {
        record(e.caseId(), DEADLINE_WARNING, e.warnedAt(), null, e.kind() + " deadline " + day(e.dueAt()) + ", "
                + e.remainingWorkingDays() + " working day(s) left");
    }

    @Transactional
    public void breached(DeadlineBreached e) {
        record(e.caseId(), DEADLINE_BREACH, e.breachedAt(), null, e.kind() + " deadline " + day(e.dueAt())
                + " passed; accountability record " + e.accountabilityId());
    }

    private void record(String caseId, String action, Instant at, String actor, String details) {
        cases.findForUpdate(caseId).ifPresent(c -> {
            int before = c.history().size();
            c.recordDeadlineStep(action, at, actor, details);
            cases.update(c, before);
        });
    }

    private String day(Instant instant) {
        return instant == null ? "-" : DATE.format(clock.dateOf(instant));
    }
}
