package hall.eventing.outbox;

import hall.events.PlatformEvent;

/**
 * Where a service writes the events its state changes cause. The event is stored in the caller's database
 * transaction (one must be active), so it is published if and only if the change commits.
 */
public interface EventOutbox {

    /**
     * @param topic the Kafka topic
     * @param key   the aggregate id; all events of one aggregate keep their order
     * @param event a record of a producer's sealed event family; its {@link PlatformEvent#eventType()} becomes the
     *              CloudEvents type and the record is serialised as JSON
     */
    void append(String topic, String key, PlatformEvent event);
}
