package hall.deadlines.events;

import java.time.Instant;

/** A clock's due time moved; cause is RESUMED, EXTENSION or CALENDAR. */
public record DeadlineChanged(String caseId, String clockId, ClockKind kind, Instant previousDueAt, Instant dueAt,
        String cause, boolean provisional) {

    public static final String TYPE = "hall.deadline.changed.v1";
}
