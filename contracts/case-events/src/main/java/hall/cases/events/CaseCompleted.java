package hall.cases.events;

import java.time.Instant;

/** A case was finished (办结); consumers stop its clocks and may sample it for callbacks. */
public record CaseCompleted(String caseId, String matterCode, HandlingCategory category, String windowCode,
        String departmentCode, String result, Instant completedAt, String handlerId, String contactRef,
        boolean callbackConsent) implements CaseEvent {

    public static final String TYPE = "hall.case.completed.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
