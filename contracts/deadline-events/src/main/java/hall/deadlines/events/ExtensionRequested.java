package hall.deadlines.events;

import java.time.Instant;

/** A clerk asked for an extension of a case's deadline, with the reason; the supervision office decides it. */
public record ExtensionRequested(String caseId, String extensionId, int workingDays, String reason,
        String requestedBy, Instant dueAt, Instant requestedAt) implements DeadlineEvent {

    public static final String TYPE = "hall.deadline.extension-requested.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
