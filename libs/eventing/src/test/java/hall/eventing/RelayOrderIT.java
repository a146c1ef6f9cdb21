package hall.eventing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import hall.eventing.outbox.OutboxRelay;
import hall.testsupport.TestPostgres;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two relay instances over one outbox (as two instances of a service run them) publish every key's events in the
 * order they were written: a consumer reading the topic sees each key's sequence strictly increasing.
 */
class RelayOrderIT {

    private static final String TOPIC = "test.relay-order";
    private static final int KEYS = 40;
    private static final int EVENTS_PER_KEY = 60;

    private static EmbeddedKafkaKraftBroker broker;
    private static JdbcClient jdbc;
    private static final List<HikariDataSource> pools = new ArrayList<>();

    @BeforeAll
    static void infrastructure() throws Exception {
        broker = new EmbeddedKafkaKraftBroker(1, 3, TOPIC);
        broker.afterPropertiesSet();
        HikariDataSource dataSource = pool();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/eventing").load().migrate();
        jdbc = JdbcClient.create(dataSource);
    }

    @AfterAll
    static void stop() {
        pools.forEach(HikariDataSource::close);
        broker.destroy();
    }

    @Test
    void twoRelaysKeepEveryKeysOrder() throws Exception {
        // interleaved keys: k0#0, k1#0, ..., k39#0, k0#1, ... as many aggregates changing at once would write them
        jdbc.sql("""
                insert into outbox_event (event_id, topic, message_key, event_type, source, payload)
                select gen_random_uuid(), :topic, 'k' || k, 'test.ordered.v1', '/test', '{"n":' || n || '}'
                from generate_series(0, :events - 1) n, generate_series(0, :keys - 1) k
                order by n, k
                """).param("topic", TOPIC).param("events", EVENTS_PER_KEY).param("keys", KEYS).update();

        OutboxRelay first = relay();
        OutboxRelay second = relay();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (OutboxRelay relay : List.of(first, second)) {
                runs.add(threads.submit(() -> {
                    while (unpublished() > 0) {
                        relay.relayBatch();
                    }
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
        } finally {
            threads.shutdownNow();
        }

        Map<String, List<Integer>> seen = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer()) {
            List<org.apache.kafka.common.TopicPartition> partitions = consumer.partitionsFor(TOPIC).stream()
                    .map(p -> new org.apache.kafka.common.TopicPartition(TOPIC, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            await().atMost(Duration.ofSeconds(60)).until(() -> {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    String json = new String(r.value(), StandardCharsets.UTF_8);
                    int n = Integer.parseInt(json.replaceAll("\\D", ""));
                    seen.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(n);
                }
                return seen.values().stream().mapToInt(List::size).sum() >= KEYS * EVENTS_PER_KEY;
            });
        }
        assertThat(seen).hasSize(KEYS);
        List<Integer> expected = java.util.stream.IntStream.range(0, EVENTS_PER_KEY).boxed().toList();
        seen.forEach((key, sequence) -> assertThat(sequence).as("events of %s in the order written", key)
                .containsExactlyElementsOf(expected));
    }

    private static long unpublished() {
        return jdbc.sql("select count(*) from outbox_event where published_at is null").query(Long.class).single();
    }

    /** A relay as one service instance has it: its own connection pool and its own producer. */
    private static OutboxRelay relay() {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.LINGER_MS_CONFIG, 5);
        KafkaTemplate<String, byte[]> kafka = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
        HikariDataSource own = pool();
        return new OutboxRelay(JdbcClient.create(own), new TransactionTemplate(new DataSourceTransactionManager(own)),
                kafka, 25, Duration.ofSeconds(10), new SimpleMeterRegistry());
    }

    private static HikariDataSource pool() {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(TestPostgres.jdbcUrl("relay_order"));
        pool.setUsername(TestPostgres.user());
        pool.setPassword(TestPostgres.password());
        pool.setMaximumPoolSize(2);
        pools.add(pool);
        return pool;
    }

    private static KafkaConsumer<String, byte[]> consumer() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return new KafkaConsumer<>(p);
    }
}
