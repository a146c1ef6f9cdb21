package hall.surveys.api;

import hall.testsupport.TestCloudEvents;
import hall.surveys.SurveyServiceInfrastructure;
import hall.surveys.events.SurveyTopics;
import hall.testsupport.EventLog;
import hall.testsupport.TestTokens;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One Spring context (real PostgreSQL, embedded broker) for every API test of survey-service, configured as
 * {@link hall.testsupport.ServiceStartupChecks} is so the startup checks share it. The demo questionnaires are
 * loaded once through the API as ADMIN, as {@code ./platform demo} does. The HTTP helpers are test-support's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(partitions = 3, brokerProperties = "auto.create.topics.enable=false")
@TestPropertySource(properties = "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}")
abstract class ApiTestBase extends hall.testsupport.ApiTestBase implements SurveyServiceInfrastructure {

    static final String ADMIN = TestTokens.bearer("admin-1", List.of("ADMIN"), Map.of());
    static final String AGENT = TestTokens.bearer("agent-1", List.of("CALLBACK_AGENT"), Map.of());
    static final String SUPERVISOR = TestTokens.bearer("sup-1", List.of("SUPERVISOR"), Map.of());
    static final String MANAGER_P01 = TestTokens.bearer("manager-p01", List.of("PROPERTY_MANAGER"),
            Map.of("project", "P01"));
    static final String MANAGER_OTHER = TestTokens.bearer("manager-p99", List.of("PROPERTY_MANAGER"),
            Map.of("project", "P99"));
    static final String CLERK_W01 = TestTokens.bearer("clerk-1", List.of("CLERK"), Map.of("window", "W01"));
    static final String CLERK_W02 = TestTokens.bearer("clerk-2", List.of("CLERK"), Map.of("window", "W02"));
    static final String APPLICANT = TestTokens.bearer("applicant-1", List.of("APPLICANT"), Map.of());

    private static boolean demoLoaded;
    private static EventLog events;

    @Autowired
    CircuitBreakerRegistry breakers;
    @Value("${spring.embedded.kafka.brokers}")
    String brokers;

    /** Calls to the stand-in services start with closed circuit breakers in every test. */
    @BeforeEach
    void closeCircuitBreakers() {
        breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
    }

    @BeforeEach
    void loadDemoOnce() throws Exception {
        synchronized (ApiTestBase.class) {
            if (events == null) {
                events = new EventLog(brokers, 3, SurveyTopics.SURVEY_EVENTS);
            }
            if (demoLoaded) {
                return;
            }
            JsonNode demo = JSON.readTree(getClass().getResourceAsStream("/demo/surveys.json"));
            for (JsonNode q : demo.get("questionnaires")) {
                created(post("/api/questionnaires", ADMIN, q.toString()));
            }
            demoLoaded = true;
        }
    }

    static Answer created(Answer a) {
        assertCreated(a, "creating");
        return a;
    }

    EventLog events() {
        return events;
    }

    /** Today in the hall's time zone (the default Asia/Shanghai). */
    static LocalDate hallToday() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    /** Publishes another service's event as a binary-mode CloudEvent, as that service's outbox relay would. */
    void publish(String topic, String key, String type, Object payload) {
        TestCloudEvents.publish(brokers, topic, "/test", UUID.randomUUID().toString(), key, type, payload);
    }
}
