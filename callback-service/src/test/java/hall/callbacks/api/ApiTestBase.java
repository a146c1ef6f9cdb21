package hall.callbacks.api;

import hall.testsupport.TestCloudEvents;
import hall.testsupport.EventLog;
import hall.callbacks.CallbackServiceInfrastructure;
import hall.callbacks.events.CallbackTopics;
import hall.testsupport.TestTokens;
import hall.cases.events.CaseAccepted;
import hall.cases.events.CaseSubmitted;
import hall.cases.events.CaseTopics;
import hall.cases.events.HandlingCategory;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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

    static final ZoneId HALL = ZoneId.of("Asia/Shanghai");
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

    /** Publishes an event as its producer's outbox relay does: a binary-mode CloudEvent keyed by the aggregate. */
    void publish(String topic, String eventId, String key, String type, Object payload) {
        TestCloudEvents.publish(brokers, topic, "/test", eventId, key, type, payload);
    }

    /** Publishes an accepted case of the window received at {@code at}; returns its id. */
    String hallCase(String window, Instant at, boolean consent) {
        String caseId = UUID.randomUUID().toString();
        publish(CaseTopics.CASE_EVENTS, UUID.randomUUID().toString(), caseId, CaseSubmitted.TYPE,
                new CaseSubmitted(caseId, "MKT-IMM-001", HandlingCategory.IMMEDIATE, window, "D-" + window, at,
                        List.of(), "case:" + caseId));
        publish(CaseTopics.CASE_EVENTS, UUID.randomUUID().toString(), caseId, CaseAccepted.TYPE,
                new CaseAccepted(caseId, "MKT-IMM-001", "营业执照", HandlingCategory.IMMEDIATE, window, "D-" + window,
                        at.plusSeconds(30), 0, 0, 0, List.of(), "clerk-1", "case:" + caseId, consent, false));
        return caseId;
    }

    void awaitFrame(List<String> caseIds) {
        await().untilAsserted(() -> assertThat(jdbc.sql(
                        "select count(*) from hall_case where accepted_at is not null and case_id in (:ids)")
                .param("ids", caseIds).query(Long.class).single()).isEqualTo(caseIds.size()));
    }

    static JsonNode window(JsonNode round, String code) {
        for (JsonNode w : round.get("windows")) {
            if (w.get("windowCode").asString().equals(code)) {
                return w;
            }
        }
        throw new AssertionError("no window " + code + " in " + round);
    }

    /** A round of its own week and month with {@code n} tasks in window {@code window}; returns the task ids. */
    List<String> roundTasks(String window, String week, Instant received, int n) throws Exception {
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            cases.add(hallCase(window, received.plusSeconds(i), true));
        }
        awaitFrame(cases);
        Answer round = post("/api/sampling-rounds", SUPERVISOR, json(Map.of("week", week, "seed", 7)));
        assertThat(round.status()).as(round.body()).isEqualTo(201);
        List<String> ids = new ArrayList<>();
        window(round.json(), window).get("tasks").forEach(t -> ids.add(t.get("id").asString()));
        assertThat(ids).hasSize(n);
        return ids;
    }

    static Instant hallTime(int daysAgo, int hour, int minute) {
        return LocalDate.now(HALL).minusDays(daysAgo).atTime(LocalTime.of(hour, minute)).atZone(HALL).toInstant();
    }

    Answer attempt(String task, String result, Instant at) throws Exception {
        Map<String, Object> body = new HashMap<>();
        body.put("result", result);
        body.put("attemptedAt", at.toString());
        return post("/api/callbacks/" + task + "/attempts", AGENT, json(body));
    }

    static Map<String, Object> answers(String overall) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String d : List.of("SERVICE_ATTITUDE", "EFFICIENCY", "PUBLISHED_PROCEDURE", "NO_OUTSIDE_HANDLING",
                "INTEGRITY")) {
            answers.put(d, "SATISFIED");
        }
        answers.put("OVERALL", overall);
        Map<String, Object> body = new HashMap<>();
        body.put("answers", answers);
        body.put("comments", "窗口服务很好");
        body.put("suggestions", "希望增加自助机");
        return body;
    }
}
