package hall.caseservice.cases.domain;

import java.time.Instant;

/** One department's part of a joint case. */
public record JointPart(String departmentCode, boolean lead, int internalLimitDays, Decision decision,
        String reason, Instant decidedAt, String decidedBy) {

    public enum Decision {
        PENDING, APPROVED, REFUSED
    }

    JointPart decide(boolean approved, String why, Instant at, String by) {
        return new JointPart(departmentCode, lead, internalLimitDays, approved ? Decision.APPROVED : Decision.REFUSED,
                why, at, by);
    }
}
