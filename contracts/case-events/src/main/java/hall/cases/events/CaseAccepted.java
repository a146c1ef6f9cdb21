package hall.cases.events;

import java.time.Instant;
import java.util.List;

/**
 * A case was formally accepted (受理); its time limit runs from here. Carries what deadline and callback
 * consumers need without calling back. deemed is true when acceptance follows from the 5-working-day rule.
 */
public record CaseAccepted(String caseId, String matterCode, String matterName, HandlingCategory category,
        String windowCode, String departmentCode, Instant acceptedAt, int promisedLimitDays,
        int statutoryLimitDays, int extensionCapDays, List<JointPartLimit> jointParts, String handlerId,
        String contactRef, boolean callbackConsent, boolean deemed) implements CaseEvent {

    public static final String TYPE = "hall.case.accepted.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
