package hall.eventing.inbox;

import java.time.OffsetDateTime;
import java.util.Optional;

import hall.events.EventTypes;
import hall.events.PlatformEvent;

import tools.jackson.databind.json.JsonMapper;

/** An event read from Kafka: the CloudEvents attributes and the JSON data, read as the contract's record. */
public final class InboundEvent {

    private final String id;
    private final String type;
    private final String source;
    private final String subject;
    private final OffsetDateTime time;
    private final byte[] data;
    private final String requestId;
    private final JsonMapper json;

    InboundEvent(String id, String type, String source, String subject, OffsetDateTime time, byte[] data,
            String requestId, JsonMapper json) {
        this.id = id;
        this.type = type;
        this.source = source;
        this.subject = subject;
        this.time = time;
        this.data = data;
        this.requestId = requestId;
        this.json = json;
    }

    public String id() { return id; }
    public String type() { return type; }
    public String source() { return source; }
    public String subject() { return subject; }
    public OffsetDateTime time() { return time; }
    public String requestId() { return requestId; }

    /** The data as the given contract record; a payload that does not fit is malformed and is not retried. */
    public <T> T payload(Class<T> contract) {
        try {
            return json.readValue(data, contract);
        } catch (RuntimeException e) {
            throw new MalformedEventException("Event " + id + " of type " + type + " is not a valid " + contract.getSimpleName(), e);
        }
    }

    /**
     * The data as the record of {@code family} that this event's type names, for a typed switch over the family:
     * empty when the type is not one of the family (a consumer ignores events it does not handle); a payload that
     * does not fit its record is malformed and is not retried.
     */
    public <E extends PlatformEvent> Optional<E> as(EventTypes<E> family) {
        return family.classOf(type).map(c -> payload(c));
    }
}
