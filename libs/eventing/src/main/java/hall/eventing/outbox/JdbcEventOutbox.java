package hall.eventing.outbox;

import java.util.List;
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
        requireTransaction();
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

    /** One statement for the whole list: rows in list order (so sequence_no keeps it), one notification. */
    @Override
    public void appendAll(String topic, List<Keyed> events) {
        requireTransaction();
        if (events.isEmpty()) {
            return;
        }
        int n = events.size();
        UUID[] ids = new UUID[n];
        String[] keys = new String[n];
        String[] types = new String[n];
        String[] payloads = new String[n];
        for (int i = 0; i < n; i++) {
            Keyed keyed = events.get(i);
            ids[i] = UUID.randomUUID();
            keys[i] = keyed.key();
            types[i] = keyed.event().eventType();
            payloads[i] = json.writeValueAsString(keyed.event());
        }
        jdbc.sql("""
                with appended as (
                    insert into outbox_event (event_id, topic, message_key, event_type, source, payload, request_id, traceparent)
                    select e.id, :topic, e.message_key, e.event_type, :source, e.payload, :requestId, :traceparent
                    from unnest(cast(:ids as uuid[]), cast(:keys as text[]), cast(:types as text[]),
                                cast(:payloads as text[])) with ordinality as e(id, message_key, event_type, payload, n)
                    order by e.n
                    returning 1
                )
                select pg_notify('outbox_event', '') from (select 1 from appended limit 1) one
                """)
                .param("ids", ids)
                .param("topic", topic)
                .param("keys", keys)
                .param("types", types)
                .param("source", source)
                .param("payloads", payloads)
                .param("requestId", MDC.get(RequestIds.MDC_KEY))
                .param("traceparent", RequestIds.currentTraceparent())
                .query().singleRow();
    }

    private static void requireTransaction() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Events must be appended inside the transaction of the change that causes them");
        }
    }
}
