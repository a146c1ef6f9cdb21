package hall.deadlines.it;

import hall.cases.events.CaseTopics;
import hall.deadlines.events.DeadlineTopics;
import hall.testsupport.ApiTestBase;
import hall.testsupport.TestCloudEvents;
import hall.testsupport.TestPostgres;
import hall.testsupport.TestTokens;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One Spring context (real PostgreSQL, real KRaft broker) for every integration test of the module. The
 * scheduled scan is off here: tests run the scanner with an explicit instant.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "platform.deadlines.scan.enabled=false",
        "platform.events.outbox.poll-interval=PT0.1S",
        "platform.events.retry.max-retries=1",
        "platform.events.retry.initial-interval=PT0.1S" })
@EmbeddedKafka(partitions = 3, brokerProperties = "auto.create.topics.enable=false")
@Import(HallTestClock.Config.class)
public abstract class IntegrationTestBase extends ApiTestBase {

    public static final String ADMIN = TestTokens.bearer("admin-1", List.of("ADMIN"), Map.of());
    public static final String SUPERVISOR = TestTokens.bearer("sup-1", List.of("SUPERVISOR"), Map.of());

    public static String clerk(String window) {
        return TestTokens.bearer("clerk-" + window, List.of("CLERK"), Map.of("window", window));
    }

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, "deadline_service");
        TestTokens.register(registry);
    }

    /** An event read back from the broker. */
    public record Published(String topic, String key, String type, String id, JsonNode data) {
    }

    /**
     * Every event read back, in order of arrival. A queue, not a copy-on-write list: the scan benchmark publishes
     * tens of thousands of events, and copying the whole list on each one cost more CPU than the scan it measures.
     */
    private static final Queue<Published> PUBLISHED = new ConcurrentLinkedQueue<>();
    private static volatile Thread collector;

    @Autowired
    protected JsonMapper json;
    @Value("${spring.embedded.kafka.brokers}")
    private String brokers;

    /**
     * Whether this test reads back what is published. A consumer in the test's JVM is not part of the service: a
     * benchmark that measures the service turns it off.
     */
    protected boolean readsPublishedEvents() {
        return true;
    }

    @org.junit.jupiter.api.BeforeEach
    void startCollector() {
        synchronized (IntegrationTestBase.class) {
            if (collector != null || !readsPublishedEvents()) {
                return;
            }
            Properties config = new Properties();
            config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
            config.put(ConsumerConfig.GROUP_ID_CONFIG, "test-collector-" + UUID.randomUUID());
            config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
            config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
            KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config);
            consumer.subscribe(List.of(DeadlineTopics.DEADLINE_EVENTS, CaseTopics.NOTIFICATION_REQUESTS));
            JsonMapper mapper = JsonMapper.builder().build();
            collector = new Thread(() -> {
                while (true) {
                    for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                        PUBLISHED.add(new Published(r.topic(), r.key(), header(r, "ce_type"), header(r, "ce_id"),
                                mapper.readTree(r.value())));
                    }
                }
            }, "published-events-collector");
            collector.setDaemon(true);
            collector.start();
        }
    }

    private static String header(ConsumerRecord<String, byte[]> r, String name) {
        Header h = r.headers().lastHeader(name);
        return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }

    /** Events published on the broker for a key (case id), in order of arrival. */
    protected static List<Published> published(String key) {
        List<Published> result = new ArrayList<>();
        for (Published p : PUBLISHED) {
            if (key.equals(p.key())) {
                result.add(p);
            }
        }
        return result;
    }

    protected static List<Published> published(String key, String type) {
        return published(key).stream().filter(p -> type.equals(p.type())).toList();
    }

    /** Publishes a case event as case-service does: binary CloudEvent, ce_* headers, JSON data. */
    protected String publishCaseEvent(String caseId, String type, Object payload) {
        return publishCaseEvent(UUID.randomUUID().toString(), caseId, type, payload);
    }

    protected String publishCaseEvent(String eventId, String caseId, String type, Object payload) {
        return publishCaseEvent(eventId, caseId, type, payload, Map.of());
    }

    /** The same with further Kafka headers, e.g. the {@code X-Request-Id} of the request that caused the event. */
    protected String publishCaseEvent(String eventId, String caseId, String type, Object payload,
            Map<String, String> headers) {
        TestCloudEvents.publish(brokers, CaseTopics.CASE_EVENTS, "/case-service", eventId, caseId, type, payload,
                headers);
        return eventId;
    }

    // test support's HTTP helpers, with a body object written as JSON and without checked exceptions

    @Override
    protected Answer get(String path, String bearer) {
        return unchecked(() -> super.get(path, bearer));
    }

    @Override
    protected Answer put(String path, String bearer, String body) {
        return unchecked(() -> super.put(path, bearer, body));
    }

    protected Answer put(String path, String bearer, Object body) {
        return put(path, bearer, asJson(body));
    }

    @Override
    protected Answer post(String path, String bearer, String body) {
        return unchecked(() -> super.post(path, bearer, body));
    }

    protected Answer post(String path, String bearer, Object body) {
        return post(path, bearer, asJson(body));
    }

    private String asJson(Object body) {
        return body == null || body instanceof String ? (String) body : json.writeValueAsString(body);
    }

    private interface Call {
        Answer send() throws Exception;
    }

    private static Answer unchecked(Call call) {
        try {
            return call.send();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    protected int outboxCount(String key, String type) {
        return jdbc.sql("select count(*) from outbox_event where message_key = :key and event_type = :type")
                .param("key", key).param("type", type).query(Integer.class).single();
    }
}
