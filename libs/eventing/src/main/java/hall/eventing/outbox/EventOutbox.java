package hall.eventing.outbox;

import java.util.List;

import hall.events.PlatformEvent;

/**
 * Where a service writes the events its state changes cause. The event is stored in the caller's database
 * transaction (one must be active), so it is published if and only if the change commits.
 */
public interface EventOutbox {

    /** An event with the key of its aggregate. */
    record Keyed(String key, PlatformEvent event) {
    }

    /**
     * @param topic the Kafka topic
     * @param key   the aggregate id; all events of one aggregate keep their order
     * @param event a record of a producer's sealed event family; its {@link PlatformEvent#eventType()} becomes the
     *              CloudEvents type and the record is serialised as JSON
     */
    void append(String topic, String key, PlatformEvent event);

    /**
     * Appends several events to one topic, in the order given (as {@link #append} one after the other would). A
     * batch job (the deadline scan) stores a whole batch in one round trip this way.
     */
    default void appendAll(String topic, List<Keyed> events) {
        for (Keyed keyed : events) {
            append(topic, keyed.key(), keyed.event());
        }
    }
}
