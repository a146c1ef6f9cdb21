package hall.deadlines.events;

import java.time.Instant;

/** Yellow warning: at most the configured working days (or share of the limit) are left. */
public record DeadlineWarning(String caseId, String clockId, ClockKind kind, String windowCode, Instant dueAt,
        int remainingWorkingDays, Instant warnedAt) implements DeadlineEvent {

    public static final String TYPE = "hall.deadline.warning.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
