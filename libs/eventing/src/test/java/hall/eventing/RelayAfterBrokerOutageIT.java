package hall.eventing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

import hall.eventing.outbox.OutboxRelay;
import hall.testsupport.KafkaProcess;
import hall.testsupport.TestPostgres;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.ProducerListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A relay run that fails while Kafka is down (killed, so the producer still knows the partition's leader and queues
 * the sends) leaves nothing of its sends behind in the producer: when the broker is
 * back, the rows go out from the next run only, once each and in the order written. (A producer that kept the failed
 * run's sends would deliver them as well, and an expired first send could let a later event of the same key through
 * before it.)
 */
class RelayAfterBrokerOutageIT {

    private static final String TOPIC = "test.relay-outage";
    private static final TopicPartition PARTITION = new TopicPartition(TOPIC, 0);

    private static KafkaProcess broker;
    private static HikariDataSource pool;
    private static JdbcClient jdbc;

    @BeforeAll
    static void infrastructure() throws Exception {
        broker = KafkaProcess.start();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get();
        }
        pool = new HikariDataSource();
        pool.setJdbcUrl(TestPostgres.jdbcUrl("relay_outage"));
        pool.setUsername(TestPostgres.user());
        pool.setPassword(TestPostgres.password());
        pool.setMaximumPoolSize(2);
        Flyway.configure().dataSource(pool).locations("classpath:db/eventing").load().migrate();
        jdbc = JdbcClient.create(pool);
    }

    @AfterAll
    static void stop() {
        pool.close();
        broker.stop();
    }

    @Test
    void aRunThatFailedWhileKafkaWasDownLeavesNothingInFlightAndTheKeyKeepsItsOrder() throws Exception {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        OutboxRelay relay = new OutboxRelay(jdbc, new TransactionTemplate(new DataSourceTransactionManager(pool)),
                new KafkaTemplate<>(OutboxRelay.producerFactory(Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                        ProducerConfig.MAX_BLOCK_MS_CONFIG, 2000,
                        ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 1000,
                        ProducerConfig.RETRY_BACKOFF_MS_CONFIG, 100), Duration.ofSeconds(3))),
                10, Duration.ofSeconds(3), meters);
        try (relay) {
            // the producer knows the broker and the partition's leader before the outage
            append("warm-up", 0);
            assertThat(relay.relayBatch()).isEqualTo(1);

            broker.kill();
            append("case-1", 0);
            append("case-1", 1);
            assertThat(relay.relayBatch()).as("nothing is acknowledged while Kafka is down").isZero();
            assertThat(meters.counter("platform.outbox.producer.discarded").count())
                    .as("the producer with the failed run's sends is discarded").isEqualTo(1.0);
            assertThat(unpublished()).isEqualTo(2);

            broker.startAgain();
            await().atMost(Duration.ofSeconds(90)).until(() -> {
                relay.relayBatch();
                return unpublished() == 0;
            });
        }

        assertThat(eventsOf("case-1")).as("each event once, in the order written").containsExactly(0, 1);
    }

    /**
     * A producer that never reached the broker cannot learn the partition's leader: its first send is refused after
     * max.block.ms. The relay offers nothing more in that run, so the key's second event cannot get through before
     * the first one's next attempt should the broker come back meanwhile.
     */
    @Test
    void afterASendRefusedAtOnceNothingMoreIsOfferedInThatRun() {
        List<String> offered = new CopyOnWriteArrayList<>();
        KafkaTemplate<String, byte[]> kafka = new KafkaTemplate<>(OutboxRelay.producerFactory(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 1000), Duration.ofSeconds(3)));
        kafka.setProducerListener(new ProducerListener<>() {
            @Override
            public void onError(ProducerRecord<String, byte[]> record, RecordMetadata metadata, Exception exception) {
                offered.add(record.key() + "#" + new String(record.value(), StandardCharsets.UTF_8).replaceAll("\\D", ""));
            }
        });
        OutboxRelay relay = new OutboxRelay(jdbc, new TransactionTemplate(new DataSourceTransactionManager(pool)),
                kafka, 10, Duration.ofSeconds(3), new SimpleMeterRegistry());
        broker.kill();
        try (relay) {
            append("case-2", 0);
            append("case-2", 1);

            assertThat(relay.relayBatch()).isZero();
            assertThat(offered).as("only the first row was offered to the producer").containsExactly("case-2#0");
        } finally {
            broker.startAgain();
            jdbc.sql("delete from outbox_event where message_key = 'case-2'").update();
        }
    }

    private static void append(String key, int n) {
        jdbc.sql("""
                insert into outbox_event (event_id, topic, message_key, event_type, source, payload)
                values (gen_random_uuid(), :topic, :key, 'test.ordered.v1', '/test', :payload)
                """).param("topic", TOPIC).param("key", key).param("payload", "{\"n\":" + n + "}").update();
    }

    private static long unpublished() {
        return jdbc.sql("select count(*) from outbox_event where published_at is null").query(Long.class).single();
    }

    /** Every record of the key up to the partition's end as it is now, read from the beginning. */
    private static List<Integer> eventsOf(String key) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<Integer> events = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p)) {
            consumer.assign(List.of(PARTITION));
            consumer.seekToBeginning(List.of(PARTITION));
            long end = consumer.endOffsets(List.of(PARTITION)).get(PARTITION);
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(r.key())) {
                        events.add(Integer.parseInt(new String(r.value(), StandardCharsets.UTF_8).replaceAll("\\D", "")));
                    }
                }
                return consumer.position(PARTITION) >= end;
            });
        }
        return events;
    }
}
