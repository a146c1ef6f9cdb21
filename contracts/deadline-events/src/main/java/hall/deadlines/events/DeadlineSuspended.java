package hall.deadlines.events;

import java.time.Instant;

/** A running clock was suspended (hearing, testing, appraisal...); it resumes with a DeadlineChanged (RESUMED). */
public record DeadlineSuspended(String caseId, String clockId, ClockKind kind, String reason, Instant suspendedAt)
        implements DeadlineEvent {

    public static final String TYPE = "hall.deadline.suspended.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
