package hall.deadlines.clocks.domain;

import hall.deadlines.events.ClockKind;
import java.time.Instant;
import java.util.Optional;

/**
 * The clock of a case whose supplemented materials are complete and that now waits for acceptance (待资料补齐后正式受理):
 * the window accepts within a set number of working days after the day the materials were complete (the day itself
 * is not counted, like any limit); warnings and a breach follow as for any other clock. It stops when the case is
 * accepted or given a further notice (the window acted) and closes when the case is returned.
 */
public final class AcceptanceClock {

    private AcceptanceClock() {
    }

    /**
     * The terms of the acceptance clock, when the supplied materials made the case complete; none while items are
     * still missing, or when the event does not say whose window and department the case is.
     */
    public static Optional<ClockTerms> terms(String caseId, boolean complete, Instant completeAt, String windowCode,
            String departmentCode, String matterCode, String region, int workingDays) {
        if (!complete || windowCode == null || departmentCode == null) {
            return Optional.empty();
        }
        if (workingDays < 1) {
            throw new IllegalArgumentException("the acceptance limit must be at least 1 working day: " + workingDays);
        }
        return Optional.of(new ClockTerms(caseId, ClockKind.ACCEPTANCE, departmentCode, windowCode, null,
                matterCode, null, null, region, completeAt, workingDays, 0, null));
    }
}
