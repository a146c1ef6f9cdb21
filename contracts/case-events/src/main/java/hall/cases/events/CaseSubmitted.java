package hall.cases.events;

import java.time.Instant;
import java.util.List;

/** A case was received at a window; missing items are listed when materials were incomplete. */
public record CaseSubmitted(String caseId, String matterCode, HandlingCategory category, String windowCode,
        String departmentCode, Instant receivedAt, List<MissingItem> missingItems, String contactRef)
        implements CaseEvent {

    public static final String TYPE = "hall.case.submitted.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
