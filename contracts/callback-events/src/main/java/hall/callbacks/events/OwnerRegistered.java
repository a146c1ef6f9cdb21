package hall.callbacks.events;

import java.time.Instant;

/**
 * A property owner was registered in a residential project. The contact reference ({@code owner:<id>}) is read
 * in full through callback-service's audited contact endpoint; the phone number never travels in events.
 */
public record OwnerRegistered(String ownerId, String projectCode, String building, String unit, String room,
        boolean contactConsent, String contactRef, String registeredBy, Instant registeredAt) implements CallbackEvent {

    public static final String TYPE = "hall.callback.owner-registered.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
