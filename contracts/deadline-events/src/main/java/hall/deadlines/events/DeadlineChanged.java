package hall.deadlines.events;

import java.time.Instant;

/** A clock's due time moved; cause is RESUMED, EXTENSION or CALENDAR. */
public record DeadlineChanged(String caseId, String clockId, ClockKind kind, Instant previousDueAt, Instant dueAt,
        String cause, boolean provisional) implements DeadlineEvent {

    public static final String TYPE = "hall.deadline.changed.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
