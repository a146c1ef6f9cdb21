package hall.eventing.outbox;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import hall.eventing.correlation.RequestIds;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves outbox rows to Kafka as CloudEvents (binary mode: ce_* headers, JSON data). One relay of a service's
 * database is active at a time: each batch runs in a transaction that first takes the transaction-scoped advisory
 * lock {@link #RELAY_LOCK}; a relay that does not get it sends nothing in that run. So with several instances of a
 * service the rows still go out in {@code sequence_no} order, and every key keeps its order (two relays claiming
 * different rows of one key could otherwise send them out of order). Fail-over is immediate: the lock ends with
 * the holder's transaction or connection, and the next run of any instance takes it. A row is marked published
 * only when the broker acknowledged it and every row before it in the batch; the rest stay for the next run (at
 * least once, in order per key). While Kafka is down nothing is marked, and the backlog drains once it is back.
 * <p>
 * A failed send must not be overtaken by a later row's send that is still queued in the producer: when the first
 * attempt of a case's acceptance expires while its completion, queued behind it, is retried and gets through once
 * the broker is back, the topic holds the completion before the acceptance. So the relay issues no further send
 * after one that was refused, and after any failure it discards the producer with everything still in flight in
 * it ({@link org.springframework.kafka.core.ProducerFactory#reset()}, closed without waiting); the next run sends
 * the unmarked rows again, in order, with a new producer. The producer's own delivery timeout is set longer than
 * the relay's wait, so a batch never expires inside a producer the relay still uses.
 */
public class OutboxRelay implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    /** The advisory lock key that makes one relay per database the active one ("outbox-relay" as a number). */
    public static final long RELAY_LOCK = 0x6f7574626f78L;

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final KafkaTemplate<String, byte[]> kafka;
    private final int batchSize;
    private final Duration sendTimeout;
    private final Counter published;
    private final Counter failed;
    private final Counter discarded;

    public OutboxRelay(JdbcClient jdbc, TransactionTemplate transaction, KafkaTemplate<String, byte[]> kafka,
            int batchSize, Duration sendTimeout, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.kafka = kafka;
        this.batchSize = batchSize;
        this.sendTimeout = sendTimeout;
        this.published = Counter.builder("platform.outbox.published").description("Events moved from the outbox to Kafka").register(meters);
        this.failed = Counter.builder("platform.outbox.send.failures").description("Failed attempts to send an outbox event").register(meters);
        this.discarded = Counter.builder("platform.outbox.producer.discarded")
                .description("Producers closed after a failed send, with the sends still in flight in them").register(meters);
    }

    /**
     * The producers a relay sends with: idempotent, acknowledged by all replicas, closed without waiting when the
     * relay discards one, and with a delivery timeout 30 s longer than the relay's wait, so no batch expires in a
     * producer the relay still uses (an expired batch lets the batches queued behind it through first).
     */
    public static DefaultKafkaProducerFactory<String, byte[]> producerFactory(Map<String, Object> settings, Duration wait) {
        Map<String, Object> config = new HashMap<>(settings);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) Math.min(Integer.MAX_VALUE, wait.plusSeconds(30).toMillis()));
        DefaultKafkaProducerFactory<String, byte[]> producers =
                new DefaultKafkaProducerFactory<>(config, new StringSerializer(), new ByteArraySerializer());
        producers.setPhysicalCloseTimeout(0);
        return producers;
    }

    /** Sends batches until the outbox is empty or a send fails. */
    public void relay() {
        try {
            int sent;
            do {
                sent = relayBatch();
            } while (sent == batchSize);
        } catch (RuntimeException e) {
            log.warn("Outbox relay run failed, will retry: {}", e.toString());
        }
    }

    /** One batch in one transaction; returns how many rows were published. */
    public int relayBatch() {
        Integer count = transaction.execute(status -> {
            Boolean active = jdbc.sql("select pg_try_advisory_xact_lock(:lock)").param("lock", RELAY_LOCK)
                    .query(Boolean.class).single();
            if (!Boolean.TRUE.equals(active)) {
                return 0;
            }
            List<OutboxRow> rows = jdbc.sql("""
                    select sequence_no, event_id, topic, message_key, event_type, source, payload, request_id, traceparent, created_at
                    from outbox_event where published_at is null
                    order by sequence_no limit :limit for update skip locked
                    """)
                    .param("limit", batchSize)
                    .query((rs, n) -> new OutboxRow(rs.getLong(1), rs.getObject(2, UUID.class), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getString(9), rs.getObject(10, OffsetDateTime.class)))
                    .list();
            if (rows.isEmpty()) {
                return 0;
            }
            List<CompletableFuture<SendResult<String, byte[]>>> sends = new ArrayList<>(rows.size());
            for (OutboxRow row : rows) {
                CompletableFuture<SendResult<String, byte[]>> send;
                try {
                    send = kafka.send(toRecord(row));
                } catch (RuntimeException e) {
                    send = CompletableFuture.failedFuture(e);
                }
                sends.add(send);
                if (send.isCompletedExceptionally()) {
                    // refused at once (e.g. no metadata within max.block.ms while the broker is down: the producer
                    // answers with a failed future): a later row sent now could reach the broker before this one's
                    // next attempt, so nothing more is sent in this run
                    break;
                }
            }
            long deadline = System.nanoTime() + sendTimeout.toNanos();
            int acknowledged = 0;
            for (int i = 0; i < sends.size(); i++) {
                try {
                    sends.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    acknowledged++;
                } catch (Exception e) {
                    if (e instanceof InterruptedException) {
                        Thread.currentThread().interrupt();
                    }
                    failed.increment();
                    OutboxRow row = rows.get(i);
                    log.warn("Could not publish event {} ({}) to {}: {}", row.eventId(), row.type(), row.topic(), e.toString());
                    jdbc.sql("update outbox_event set attempts = attempts + 1, last_error = :error where sequence_no = :seq")
                            .param("error", String.valueOf(e.getCause() != null ? e.getCause() : e))
                            .param("seq", row.sequenceNo())
                            .update();
                    break;
                }
            }
            if (acknowledged < sends.size()) {
                discardPendingSends();
            }
            if (acknowledged > 0) {
                jdbc.sql("update outbox_event set published_at = now() where sequence_no in (:seqs)")
                        .param("seqs", rows.subList(0, acknowledged).stream().map(OutboxRow::sequenceNo).toList())
                        .update();
                published.increment(acknowledged);
            }
            return acknowledged;
        });
        return count == null ? 0 : count;
    }

    /**
     * Closes the producer without waiting, so that none of the sends still queued or being retried in it reaches
     * the broker after the failed one; the template creates a new producer for the next run.
     */
    private void discardPendingSends() {
        try {
            kafka.getProducerFactory().reset();
            discarded.increment();
        } catch (RuntimeException e) {
            log.warn("Could not discard the outbox producer: {}", e.toString());
        }
    }

    /** Closes the relay's producer (the service is stopping); rows not yet acknowledged go out after the restart. */
    @Override
    public void close() {
        kafka.getProducerFactory().reset();
    }

    private ProducerRecord<String, byte[]> toRecord(OutboxRow row) {
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(row.eventId().toString())
                .withSource(URI.create(row.source()))
                .withType(row.type())
                .withSubject(row.key())
                .withTime(row.createdAt())
                .withDataContentType("application/json")
                .withData(row.payload().getBytes(StandardCharsets.UTF_8));
        if (row.requestId() != null) {
            builder.withExtension("correlationid", row.requestId());
        }
        if (row.traceparent() != null) {
            builder.withExtension("traceparent", row.traceparent());
        }
        CloudEvent event = builder.build();
        ProducerRecord<String, byte[]> record = KafkaMessageFactory.createWriter(row.topic(), row.key()).writeBinary(event);
        if (row.requestId() != null) {
            record.headers().add(RequestIds.HEADER, row.requestId().getBytes(StandardCharsets.UTF_8));
        }
        if (row.traceparent() != null) {
            record.headers().add("traceparent", row.traceparent().getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }

    private record OutboxRow(long sequenceNo, UUID eventId, String topic, String key, String type, String source,
            String payload, String requestId, String traceparent, OffsetDateTime createdAt) {
    }
}
