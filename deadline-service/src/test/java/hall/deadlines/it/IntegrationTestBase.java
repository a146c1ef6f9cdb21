package hall.deadlines.it;

import hall.cases.events.CaseTopics;
import hall.deadlines.events.DeadlineTopics;
import hall.testsupport.TestPostgres;
import hall.testsupport.TestTokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
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
public abstract class IntegrationTestBase {

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

    private static final List<Published> PUBLISHED = new CopyOnWriteArrayList<>();
    private static volatile Thread collector;

    @LocalServerPort
    protected int port;
    @Autowired
    protected JdbcClient jdbc;
    @Autowired
    protected JsonMapper json;
    @Autowired
    @Qualifier("eventKafkaTemplate")
    protected KafkaTemplate<String, byte[]> kafka;
    @Value("${spring.embedded.kafka.brokers}")
    private String brokers;

    private final HttpClient http = HttpClient.newHttpClient();

    @org.junit.jupiter.api.BeforeEach
    void startCollector() {
        synchronized (IntegrationTestBase.class) {
            if (collector != null) {
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
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(CaseTopics.CASE_EVENTS, caseId,
                json.writeValueAsBytes(payload));
        record.headers().add("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_id", eventId.getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_source", "/case-service".getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_type", type.getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_subject", caseId.getBytes(StandardCharsets.UTF_8));
        record.headers().add("content-type", "application/json".getBytes(StandardCharsets.UTF_8));
        kafka.send(record).join();
        return eventId;
    }

    /** An HTTP answer: status and JSON body. */
    public record Answer(int status, JsonNode body, String contentType) {
    }

    protected Answer get(String path, String bearer) {
        return call("GET", path, bearer, null);
    }

    protected Answer put(String path, String bearer, Object body) {
        return call("PUT", path, bearer, body);
    }

    protected Answer post(String path, String bearer, Object body) {
        return call("POST", path, bearer, body);
    }

    protected Answer call(String method, String path, String bearer, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
            if (bearer != null) {
                request.header("Authorization", bearer);
            }
            HttpRequest.BodyPublisher publisher = HttpRequest.BodyPublishers.noBody();
            if (body != null) {
                byte[] bytes = body instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : json.writeValueAsBytes(body);
                publisher = HttpRequest.BodyPublishers.ofByteArray(bytes);
                request.header("Content-Type", "application/json");
            }
            HttpResponse<String> response = http.send(request.method(method, publisher).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode node = response.body() == null || response.body().isBlank() ? null : json.readTree(response.body());
            return new Answer(response.statusCode(), node,
                    response.headers().firstValue("Content-Type").orElse(null));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected int outboxCount(String key, String type) {
        return jdbc.sql("select count(*) from outbox_event where message_key = :key and event_type = :type")
                .param("key", key).param("type", type).query(Integer.class).single();
    }
}
