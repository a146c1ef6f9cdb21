package hall.callbacks.events;

import java.time.Instant;

/**
 * A problem closed: {@code how} SATISFIED_CALLBACK (the person was satisfied on the re-callback) or
 * SUPERVISOR_CLOSURE (with the supervisor's written {@code reason}).
 */
public record ProblemClosed(String problemId, String windowCode, String departmentCode, int rounds, String how,
        String reason, String closedBy, Instant closedAt) implements CallbackEvent {

    public static final String TYPE = "hall.callback.problem-closed.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
