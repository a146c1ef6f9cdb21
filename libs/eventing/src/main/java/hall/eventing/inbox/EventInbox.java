package hall.eventing.inbox;

import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import hall.eventing.correlation.RequestIds;
import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies each event at most once per consumer: the pair (consumer, event id) is recorded in the same
 * transaction as the handler's effect, and an event already recorded is skipped. With Kafka's at-least-once
 * delivery this gives exactly-once effects. A handler that throws rolls everything back; the listener's error
 * handler retries with back-off and then parks the record in the dead-letter topic.
 */
public class EventInbox {

    private static final Logger log = LoggerFactory.getLogger(EventInbox.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final JsonMapper json;

    public EventInbox(JdbcClient jdbc, TransactionTemplate transaction, JsonMapper json) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.json = json;
    }

    /** @return true when the handler ran, false when this consumer had already applied the event */
    public boolean receive(ConsumerRecord<String, byte[]> record, String consumer, Consumer<InboundEvent> handler) {
        InboundEvent event = read(record);
        String previous = MDC.get(RequestIds.MDC_KEY);
        if (event.requestId() != null) {
            MDC.put(RequestIds.MDC_KEY, event.requestId());
        }
        try {
            Boolean applied = transaction.execute(status -> {
                int inserted = jdbc.sql("""
                        insert into processed_event (consumer, event_id) values (:consumer, :eventId)
                        on conflict do nothing
                        """)
                        .param("consumer", consumer)
                        .param("eventId", event.id())
                        .update();
                if (inserted == 0) {
                    return false;
                }
                handler.accept(event);
                return true;
            });
            if (!Boolean.TRUE.equals(applied)) {
                log.debug("{} skipped event {} ({}): already applied", consumer, event.id(), event.type());
            }
            return Boolean.TRUE.equals(applied);
        } finally {
            if (previous != null) {
                MDC.put(RequestIds.MDC_KEY, previous);
            } else {
                MDC.remove(RequestIds.MDC_KEY);
            }
        }
    }

    /** Reads a record as a CloudEvent (binary or structured mode). */
    public InboundEvent read(ConsumerRecord<String, byte[]> record) {
        CloudEvent event;
        try {
            event = KafkaMessageFactory.createReader(record).toEvent();
        } catch (RuntimeException e) {
            throw new MalformedEventException("Record " + record.topic() + "-" + record.partition() + "@" + record.offset()
                    + " is not a CloudEvent", e);
        }
        Header requestHeader = record.headers().lastHeader(RequestIds.HEADER);
        Object correlation = event.getExtension("correlationid");
        String requestId = requestHeader != null ? new String(requestHeader.value(), StandardCharsets.UTF_8)
                : correlation != null ? correlation.toString() : null;
        byte[] data = event.getData() == null ? new byte[0] : event.getData().toBytes();
        return new InboundEvent(event.getId(), event.getType(), String.valueOf(event.getSource()), event.getSubject(),
                event.getTime(), data, requestId, json);
    }
}
