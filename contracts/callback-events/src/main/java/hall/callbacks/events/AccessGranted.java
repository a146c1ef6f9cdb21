package hall.callbacks.events;

import java.time.Instant;

/**
 * The responsible person let another department read a project's callback and visit records for a purpose, until
 * {@code validUntil}; every read under the grant is audited.
 */
public record AccessGranted(String requestId, String projectCode, String requestedBy, String department,
        String purpose, String grantedBy, Instant validUntil, Instant grantedAt) implements CallbackEvent {

    public static final String TYPE = "hall.callback.access-granted.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
