package hall.cases.events;

import java.time.Instant;

public record CaseResumed(String caseId, String suspensionId, Instant resumedAt) implements CaseEvent {

    public static final String TYPE = "hall.case.resumed.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
