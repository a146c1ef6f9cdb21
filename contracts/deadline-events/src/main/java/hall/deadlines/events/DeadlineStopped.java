package hall.deadlines.events;

import java.time.Instant;

/** A clock stopped; outcome is ON_TIME, LATE or RETURNED. */
public record DeadlineStopped(String caseId, String clockId, ClockKind kind, String outcome, int usedWorkingDays,
        int suspendedWorkingDays, Instant stoppedAt) implements DeadlineEvent {

    public static final String TYPE = "hall.deadline.stopped.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
