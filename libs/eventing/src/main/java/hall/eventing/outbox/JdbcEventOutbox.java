package hall.eventing.outbox;

import java.util.UUID;

import hall.eventing.correlation.RequestIds;
import hall.events.PlatformEvent;
import org.slf4j.MDC;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Stores events in the outbox_event table of the service's own database, and in the same statement notifies
 * {@link OutboxWakeUp#CHANNEL}, which PostgreSQL delivers when the transaction commits, so the relay sends the
 * event at once instead of at its next poll.
 */
public class JdbcEventOutbox implements EventOutbox {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final String source;

    public JdbcEventOutbox(JdbcClient jdbc, JsonMapper json, String source) {
        this.jdbc = jdbc;
        this.json = json;
        this.source = source;
    }

    @Override
    public void append(String topic, String key, PlatformEvent event) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Events must be appended inside the transaction of the change that causes them");
        }
        jdbc.sql("""
                with appended as (
                    insert into outbox_event (event_id, topic, message_key, event_type, source, payload, request_id, traceparent)
                    values (:id, :topic, :key, :type, :source, :payload, :requestId, :traceparent)
                    returning 1
                )
                select pg_notify('outbox_event', '') from appended
                """)
                .param("id", UUID.randomUUID())
                .param("topic", topic)
                .param("key", key)
                .param("type", event.eventType())
                .param("source", source)
                .param("payload", json.writeValueAsString(event))
                .param("requestId", MDC.get(RequestIds.MDC_KEY))
                .param("traceparent", RequestIds.currentTraceparent())
                .query().singleRow();
    }
}
