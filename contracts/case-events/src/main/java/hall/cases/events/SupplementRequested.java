package hall.cases.events;

import java.time.Instant;
import java.util.List;

/** A one-time supplement notice (一次性告知) was given to the applicant. */
public record SupplementRequested(String caseId, String noticeId, String windowCode, List<MissingItem> items,
        Instant requestedAt) implements CaseEvent {

    public static final String TYPE = "hall.case.supplement-requested.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
