package hall.callbacks.events;

import java.time.Instant;

/**
 * An owner's issue closed: {@code how} SATISFIED_CALLBACK (the owner was satisfied on the re-callback) or
 * MANAGER_EXPLANATION (cannot be solved now; the written {@code reason} is told to the owner and carried into
 * next year's plan).
 */
public record OwnerIssueClosed(String issueId, String projectCode, String category, String departmentCode,
        int rounds, String how, String reason, String closedBy, Instant closedAt) implements CallbackEvent {

    public static final String TYPE = "hall.callback.owner-issue-closed.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
