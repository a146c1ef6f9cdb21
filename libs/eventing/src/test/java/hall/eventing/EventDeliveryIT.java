package hall.eventing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import hall.eventing.NoteApplication.NoteConsumer;
import hall.eventing.NoteApplication.NoteWritten;
import hall.eventing.NoteApplication.Notes;
import hall.eventing.retention.EventRetention;
import hall.testsupport.KafkaProcess;
import hall.testsupport.TestPostgres;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

/**
 * The delivery guarantees of the library against a real PostgreSQL and a real Kafka broker: what rolls back is
 * never published, what is written while Kafka is down is delivered when it is back, a redelivered event is
 * applied once, and a consumer that keeps failing parks the event in the dead-letter topic until it is replayed.
 */
@SpringBootTest(classes = NoteApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EventDeliveryIT {

    private static final KafkaProcess broker = KafkaProcess.start();

    @Autowired
    Notes notes;
    @Autowired
    NoteConsumer consumer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    @Qualifier("eventKafkaTemplate")
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    EventRetention retention;
    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, "eventing");
        registry.add("spring.kafka.bootstrap-servers", broker::bootstrapServers);
    }

    @AfterAll
    static void stopBroker() {
        broker.stop();
    }

    @Test
    @Order(1)
    void anEventAppendedInATransactionThatRollsBackIsNeverPublished() {
        assertThatThrownBy(() -> notes.writeThenFail("rolled back")).isInstanceOf(IllegalStateException.class);
        UUID marker = notes.write("marker after rollback");

        await().atMost(Duration.ofSeconds(30)).until(() -> appliedCount(marker) == 1);
        assertThat(jdbc.sql("select count(*) from outbox_event where payload like '%rolled back%'").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from applied_note where text = 'rolled back'").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from note where text = 'rolled back'").query(Long.class).single()).isZero();
    }

    @Test
    @Order(2)
    void aPublishedEventCarriesTheCloudEventsEnvelope() {
        UUID id = notes.write("enveloped");
        await().atMost(Duration.ofSeconds(30)).until(() -> appliedCount(id) == 1);
        String eventId = jdbc.sql("select event_id from applied_note where note_id = :id").param("id", id).query(String.class).single();
        String outboxId = jdbc.sql("select event_id::text from outbox_event where message_key = :key").param("key", id.toString())
                .query(String.class).single();
        assertThat(eventId).isEqualTo(outboxId);
        assertThat(jdbc.sql("select published_at is not null from outbox_event where message_key = :key").param("key", id.toString())
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    @Order(3)
    void theRequestIdOfTheCausingRequestTravelsWithTheEvent() {
        org.slf4j.MDC.put("requestId", "req-travels-1");
        UUID id;
        try {
            id = notes.write("with request id");
        } finally {
            org.slf4j.MDC.remove("requestId");
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> appliedCount(id) == 1);
        assertThat(jdbc.sql("select request_id from applied_note where note_id = :id").param("id", id).query(String.class).single())
                .isEqualTo("req-travels-1");
    }

    @Test
    @Order(3)
    void anEventDeliveredTwiceIsAppliedOnce() throws Exception {
        UUID noteId = UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        byte[] data = ("{\"noteId\":\"" + noteId + "\",\"text\":\"twice\"}").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 2; i++) {
            ProducerRecord<String, byte[]> record = KafkaMessageFactory.createWriter(NoteApplication.TOPIC, noteId.toString())
                    .writeBinary(CloudEventBuilder.v1().withId(eventId).withSource(URI.create("/test")).withType(NoteWritten.TYPE)
                            .withDataContentType("application/json").withData(data).build());
            kafka.send(record).get();
        }
        UUID marker = notes.write("marker after duplicate");

        await().atMost(Duration.ofSeconds(30)).until(() -> appliedCount(marker) == 1);
        assertThat(appliedCount(noteId)).isEqualTo(1);
    }

    @Test
    @Order(4)
    void aConsumerThatKeepsFailingParksTheEventAndAReplayAppliesItOnceFixed() {
        consumer.failingTexts.add("poison");
        UUID id = notes.write("poison");

        await().atMost(Duration.ofSeconds(60)).until(() -> parkedIdFor(id) != null);
        assertThat(consumer.attempts.get()).as("first delivery plus the configured 2 retries").isEqualTo(3);
        assertThat(appliedCount(id)).isZero();

        RestClient ops = RestClient.create("http://127.0.0.1:" + port);
        List<?> parked = ops.get().uri("/ops/dead-letters?status=PARKED").retrieve().body(List.class);
        assertThat(parked).hasSize(1);
        assertThat(((Map<?, ?>) parked.get(0)).get("eventType")).isEqualTo(NoteWritten.TYPE);
        assertThat(((Map<?, ?>) parked.get(0)).get("exceptionMessage").toString()).contains("cannot apply poison yet");

        consumer.failingTexts.clear();
        UUID deadLetterId = parkedIdFor(id);
        ops.post().uri("/ops/dead-letters/{id}/replay", deadLetterId).retrieve().toBodilessEntity();

        await().atMost(Duration.ofSeconds(30)).until(() -> appliedCount(id) == 1);
        assertThat(jdbc.sql("select status from dead_letter where id = :id").param("id", deadLetterId).query(String.class).single())
                .isEqualTo("REPLAYED");

        ops.post().uri("/ops/dead-letters/{id}/replay", deadLetterId).retrieve().toBodilessEntity();
        UUID marker = notes.write("marker after second replay");
        await().atMost(Duration.ofSeconds(30)).until(() -> appliedCount(marker) == 1);
        assertThat(appliedCount(id)).as("a second replay is skipped by the idempotent consumer").isEqualTo(1);
    }

    @Test
    @Order(5)
    void oldPublishedOutboxRowsAndOldDedupRecordsArePurgedButPendingOnesAreKept() {
        jdbc.sql("""
                insert into outbox_event (event_id, topic, message_key, event_type, source, payload, created_at, published_at)
                values (gen_random_uuid(), 'test.notes', 'old', 'x', '/test', '{}', now() - interval '30 days', now() - interval '30 days'),
                       (gen_random_uuid(), 'test.notes', 'old-unpublished', 'x', '/test', '{}', now() - interval '30 days', null)
                """).update();
        jdbc.sql("insert into outbox_event (event_id, topic, message_key, event_type, source, payload, published_at) "
                + "values (gen_random_uuid(), 'test.notes', 'recent', 'x', '/test', '{}', now())").update();
        jdbc.sql("insert into processed_event (consumer, event_id, processed_at) values ('c', 'old', now() - interval '60 days'), ('c', 'recent', now())").update();

        EventRetention.Purged purged = retention.purge(OffsetDateTime.now());

        assertThat(purged.outboxRows()).isEqualTo(1);
        assertThat(purged.processedRows()).isEqualTo(1);
        assertThat(jdbc.sql("select message_key from outbox_event where message_key in ('old', 'old-unpublished', 'recent') order by 1")
                .query(String.class).list()).containsExactly("old-unpublished", "recent");
        assertThat(jdbc.sql("select event_id from processed_event where consumer = 'c'").query(String.class).list()).containsExactly("recent");
        jdbc.sql("delete from outbox_event where message_key = 'old-unpublished'").update();
    }

    @Test
    @Order(6)
    void anEventWrittenWhileKafkaIsDownIsDeliveredWhenItIsBack() {
        broker.stop();
        UUID id = notes.write("written while kafka is down");

        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql(
                "select attempts from outbox_event where message_key = :key").param("key", id.toString()).query(Integer.class).single() > 0);
        assertThat(jdbc.sql("select published_at is null from outbox_event where message_key = :key")
                .param("key", id.toString()).query(Boolean.class).single()).isTrue();

        broker.startAgain();

        await().atMost(Duration.ofSeconds(90)).until(() -> appliedCount(id) == 1);
        assertThat(jdbc.sql("select count(*) from outbox_event where published_at is null").query(Long.class).single()).isZero();
    }

    private long appliedCount(UUID noteId) {
        return jdbc.sql("select count(*) from applied_note where note_id = :id").param("id", noteId).query(Long.class).single();
    }

    private UUID parkedIdFor(UUID noteId) {
        return jdbc.sql("select id from dead_letter where message_key = :key and status = 'PARKED'")
                .param("key", noteId.toString()).query(UUID.class).optional().orElse(null);
    }
}
