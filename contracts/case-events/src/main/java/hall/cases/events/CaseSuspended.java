package hall.cases.events;

import java.time.Instant;

public record CaseSuspended(String caseId, String suspensionId, SuspensionReason reason, String note,
        Instant suspendedAt) implements CaseEvent {

    public static final String TYPE = "hall.case.suspended.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
