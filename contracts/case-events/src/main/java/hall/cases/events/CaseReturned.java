package hall.cases.events;

import java.time.Instant;

/** A case was returned (退回) with a written reason; it is closed. */
public record CaseReturned(String caseId, String windowCode, String reason, String policyBasis,
        String departmentCode, Instant returnedAt) implements CaseEvent {

    public static final String TYPE = "hall.case.returned.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
