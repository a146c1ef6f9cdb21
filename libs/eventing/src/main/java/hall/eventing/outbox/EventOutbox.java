package hall.eventing.outbox;

/**
 * Where a service writes the events its state changes cause. The event is stored in the caller's database
 * transaction (one must be active), so it is published if and only if the change commits.
 */
public interface EventOutbox {

    /**
     * @param topic   the Kafka topic
     * @param key     the aggregate id; all events of one aggregate keep their order
     * @param type    the CloudEvents type, naming the event and its schema version (e.g. hall.case.accepted.v1)
     * @param payload a record serialised as JSON
     */
    void append(String topic, String key, String type, Object payload);
}
