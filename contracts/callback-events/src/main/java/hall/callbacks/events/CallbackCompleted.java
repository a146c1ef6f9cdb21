package hall.callbacks.events;

import java.time.Instant;
import java.util.Map;

/**
 * A callback ended: {@code result} REACHED with the person's answers per dimension (SERVICE_ATTITUDE,
 * EFFICIENCY, PUBLISHED_PROCEDURE, NO_OUTSIDE_HANDLING, INTEGRITY, OVERALL to SATISFIED, BASICALLY_SATISFIED or
 * UNSATISFIED), or UNREACHABLE after its attempts (no answers). {@code kind} is ROUND, RE_CALLBACK, COMPLAINT or
 * FOLLOW_UP; {@code caseId} and {@code roundId} are set where the task has them.
 */
public record CallbackCompleted(String callbackId, String kind, String roundId, String caseId, String windowCode,
        String departmentCode, String result, Map<String, String> answers, String agent, Instant completedAt)
        implements CallbackEvent {

    public static final String TYPE = "hall.callback.callback-completed.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
