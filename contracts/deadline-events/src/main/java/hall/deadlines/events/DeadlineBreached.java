package hall.deadlines.events;

import java.time.Instant;

/** Red card: the due time passed; an accountability record was opened against window and handler. */
public record DeadlineBreached(String caseId, String clockId, ClockKind kind, String windowCode, String handlerId,
        Instant dueAt, String accountabilityId, Instant breachedAt) implements DeadlineEvent {

    public static final String TYPE = "hall.deadline.breached.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
