package hall.deadlines.events;

import java.time.Instant;

/** The supervision office approved or refused an extension; newDueAt is set when approved. */
public record ExtensionDecided(String caseId, String extensionId, boolean approved, int workingDays, String reason,
        String comment, Instant newDueAt, Instant decidedAt) implements DeadlineEvent {

    public static final String TYPE = "hall.deadline.extension-decided.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
