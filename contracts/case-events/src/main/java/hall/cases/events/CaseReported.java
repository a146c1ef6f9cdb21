package hall.cases.events;

import java.time.Instant;

/** A reported case was sent to a higher authority; the accepting window stays responsible. */
public record CaseReported(String caseId, String windowCode, String authority, Instant reportedAt)
        implements CaseEvent {

    public static final String TYPE = "hall.case.reported.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
