package hall.caseservice.api;

import hall.testsupport.TestCloudEvents;
import hall.testsupport.EventLog;
import hall.cases.events.CaseTopics;
import hall.testsupport.TestPostgres;
import hall.testsupport.TestTokens;
import io.cloudevents.CloudEvent;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One Spring context (real PostgreSQL, embedded KRaft broker) for every API test of the module. The demo
 * catalogue is loaded once through the API as ADMIN. The HTTP helpers are test support's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}",
        "platform.cases.max-request-bytes=65536",
        "platform.events.outbox.poll-interval=50ms"})
@EmbeddedKafka(partitions = 3, brokerProperties = "auto.create.topics.enable=false")
abstract class ApiTestBase extends hall.testsupport.ApiTestBase {

    static final String ADMIN = TestTokens.bearer("admin-1", List.of("ADMIN"), Map.of());
    static final String CLERK_W1 = TestTokens.bearer("clerk-w1", List.of("CLERK"), Map.of("window", "W-MKT-01"));
    static final String CLERK_W2 = TestTokens.bearer("clerk-w2", List.of("CLERK"), Map.of("window", "W-CON-01"));
    static final String CLERK_CON = CLERK_W2;
    static final String SUPERVISOR = TestTokens.bearer("sup-1", List.of("SUPERVISOR"), Map.of());
    static final String AGENT = TestTokens.bearer("agent-1", List.of("CALLBACK_AGENT"), Map.of());
    static final String OFFICER_CON = TestTokens.bearer("off-con", List.of("DEPARTMENT_OFFICER"),
            Map.of("department", "D-CON"));
    static final String OFFICER_FIRE = TestTokens.bearer("off-fire", List.of("DEPARTMENT_OFFICER"),
            Map.of("department", "D-FIRE"));
    static final String OFFICER_MKT = TestTokens.bearer("off-mkt", List.of("DEPARTMENT_OFFICER"),
            Map.of("department", "D-MKT"));
    static final String APPLICANT_A = TestTokens.bearer("app-a", List.of("APPLICANT"), Map.of());
    static final String APPLICANT_B = TestTokens.bearer("app-b", List.of("APPLICANT"), Map.of());

    private static boolean catalogueLoaded;
    /** The event log of each context's broker (a test with its own properties has a context and broker of its own). */
    private static final Map<String, EventLog> EVENTS = new java.util.concurrent.ConcurrentHashMap<>();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, "case_service");
        TestTokens.register(registry);
    }

    @Value("${spring.embedded.kafka.brokers}")
    String brokers;

    @BeforeEach
    void loadCatalogueOnce() throws Exception {
        synchronized (ApiTestBase.class) {
            EVENTS.computeIfAbsent(brokers, b -> new EventLog(b, 3, CaseTopics.CASE_EVENTS,
                    CaseTopics.COMPLAINT_EVENTS, CaseTopics.NOTIFICATION_REQUESTS));
            if (catalogueLoaded) {
                return;
            }
            JsonNode demo = JSON.readTree(getClass().getResourceAsStream("/demo/catalogue.json"));
            for (JsonNode d : demo.get("departments")) {
                assertCreated(post("/api/departments", ADMIN, d.toString()), "catalogue load");
            }
            for (JsonNode w : demo.get("windows")) {
                assertCreated(post("/api/windows", ADMIN, w.toString()), "catalogue load");
            }
            for (JsonNode m : demo.get("matters")) {
                assertCreated(post("/api/matters", ADMIN, m.toString()), "catalogue load");
            }
            catalogueLoaded = true;
        }
    }

    EventLog events() {
        return EVENTS.get(brokers);
    }

    /** A case body for the given matter and window; materials as listed. */
    static String caseBody(String matter, String window, List<String> materials, String name, String phone) {
        return JSON.writeValueAsString(Map.of(
                "applicant", Map.of("name", name, "phone", phone, "idNumber", "11010519491231002X",
                        "callbackConsent", true, "subject", "app-a"),
                "matterCode", matter, "windowCode", window, "materials", materials));
    }

    String submit(String matter, String window, List<String> materials, String token) throws Exception {
        Answer a = post("/api/cases", token, caseBody(matter, window, materials, "王小明", "13812345678"));
        if (a.status() != 201) {
            throw new AssertionError("submit failed: " + a.status() + " " + a.body());
        }
        return a.json().get("id").asString();
    }

    List<Map<String, Object>> history(String caseId) {
        return jdbc.sql("select * from case_history where case_id = :id order by seq").param("id", caseId)
                .query().listOfRows();
    }

    /** Publishes a deadline-service event as a binary-mode CloudEvent, as the deadline service would. */
    void publishDeadlineEvent(String caseId, String type, Object payload) {
        publishEvent("hall.deadline-events", "/deadline-service", UUID.randomUUID().toString(), caseId, type, payload);
    }

    /** Publishes another service's event as a binary-mode CloudEvent with the given id. */
    void publishEvent(String topic, String source, String eventId, String key, String type, Object payload) {
        TestCloudEvents.publish(brokers, topic, source, eventId, key, type, payload);
    }

    /** Publishes an event of deadline-service to the given topic as a binary-mode CloudEvent. */
    void publishEvent(String topic, String caseId, String type, Object payload) {
        publishEvent(topic, "/deadline-service", UUID.randomUUID().toString(), caseId, type, payload);
    }
}
