package hall.deadlines.clocks.domain;

import hall.deadlines.events.ClockKind;
import java.time.Instant;

/**
 * What a clock is started with: the case, whose clock it is (the applicant's, or one joint department's), the
 * window and handler answerable for it, the acceptance instant, the limit in working days (0 = immediate case)
 * and the matter's extension cap.
 */
public record ClockTerms(String caseId, ClockKind kind, String departmentCode, String windowCode, String handlerId,
        String matterCode, String matterName, String category, String region, Instant acceptedAt, int limitDays, int extensionCapDays,
        String contactRef) {

    public ClockTerms {
        if (limitDays < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limitDays);
        }
        if (extensionCapDays < 0) {
            throw new IllegalArgumentException("extension cap must not be negative: " + extensionCapDays);
        }
    }
}
