package hall.deadlines.events;

import java.time.Instant;

/** A clock started at acceptance; provisional when the due date lies in a year with no loaded schedule. */
public record DeadlineStarted(String caseId, String clockId, ClockKind kind, String departmentCode,
        String windowCode, int limitDays, Instant dueAt, boolean provisional) implements DeadlineEvent {

    public static final String TYPE = "hall.deadline.started.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
