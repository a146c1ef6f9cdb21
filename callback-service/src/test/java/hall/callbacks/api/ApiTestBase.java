package hall.callbacks.api;

import hall.testsupport.EventLog;
import hall.callbacks.CallbackServiceInfrastructure;
import hall.callbacks.events.CallbackTopics;
import hall.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

/**
 * One Spring context (real PostgreSQL, embedded broker) for every API test of callback-service, configured as
 * {@link hall.testsupport.ServiceStartupChecks} is so the startup checks share it. The demo residential project
 * is loaded once through the API as ADMIN, as {@code ./platform demo} does.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(partitions = 3, brokerProperties = "auto.create.topics.enable=false")
@TestPropertySource(properties = "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}")
abstract class ApiTestBase extends hall.testsupport.ApiTestBase implements CallbackServiceInfrastructure {

    static final String ADMIN = TestTokens.bearer("admin-1", List.of("ADMIN"), Map.of());
    static final String AGENT = TestTokens.bearer("agent-1", List.of("CALLBACK_AGENT"), Map.of());
    static final String SUPERVISOR = TestTokens.bearer("sup-1", List.of("SUPERVISOR"), Map.of());
    static final String MANAGER_P01 = TestTokens.bearer("manager-p01", List.of("PROPERTY_MANAGER"),
            Map.of("project", "P01"));
    static final String MANAGER_OTHER = TestTokens.bearer("manager-p99", List.of("PROPERTY_MANAGER"),
            Map.of("project", "P99"));
    static final String CLERK = TestTokens.bearer("clerk-1", List.of("CLERK"), Map.of("window", "W01"));

    private static boolean demoLoaded;
    private static EventLog events;

    @Value("${spring.embedded.kafka.brokers}")
    String brokers;

    @BeforeEach
    void loadDemoOnce() throws Exception {
        synchronized (ApiTestBase.class) {
            if (events == null) {
                events = new EventLog(brokers, 3, CallbackTopics.CALLBACK_EVENTS);
            }
            if (demoLoaded) {
                return;
            }
            JsonNode demo = JSON.readTree(getClass().getResourceAsStream("/demo/residential-project.json"));
            for (JsonNode p : demo.get("projects")) {
                assertCreated(post("/api/projects", ADMIN, p.toString()), "demo load");
            }
            for (JsonNode o : demo.get("owners")) {
                assertCreated(post("/api/projects/" + o.get("project").asString() + "/owners", ADMIN, o.toString()),
                        "demo load");
            }
            demoLoaded = true;
        }
    }

    EventLog events() {
        return events;
    }
}
