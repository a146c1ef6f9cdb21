package hall.cases.events;

import java.time.Instant;

public record JointPartDecided(String caseId, String departmentCode, boolean approved, String reason,
        Instant decidedAt) implements CaseEvent {

    public static final String TYPE = "hall.case.joint-part-decided.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
