package hall.callbacks.api;

import hall.callbacks.CaseServiceStub;
import hall.callbacks.events.CallbackCompleted;
import hall.callbacks.events.CallbackTopics;
import hall.testsupport.EventLog;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Callback tasks of a round through the API: assignment, attempts within the calling hours and on different days,
 * UNREACHABLE after three, the six-dimension outcome once, and the contact read from case-service through the
 * guarded Feign client (answering, failing, slow, open circuit).
 */
class CallbackTasksApiTest extends ApiTestBase {

    private static final ZoneId HALL = ZoneId.of("Asia/Shanghai");

    @Autowired
    CircuitBreakerRegistry breakers;

    @AfterEach
    void serviceBackToNormal() {
        CaseServiceStub.get().mode(CaseServiceStub.Mode.ANSWER);
        breakers.circuitBreaker("case-service").reset();
    }

    /** A round of its own week and month with {@code n} tasks in window {@code window}; returns the task ids. */
    private List<String> roundTasks(String window, String week, Instant received, int n) throws Exception {
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

    private static Instant hallTime(int daysAgo, int hour, int minute) {
        return LocalDate.now(HALL).minusDays(daysAgo).atTime(LocalTime.of(hour, minute)).atZone(HALL).toInstant();
    }

    private Answer attempt(String task, String result, Instant at) throws Exception {
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

    @Test
    void anAgentCallsOnDifferentDaysWithinTheHoursAndATaskIsUnreachableAfterThreeCalls() throws Exception {
        List<String> tasks = roundTasks("W-TSK-A", "2025-W19", Instant.parse("2025-05-05T02:00:00Z"), 2);
        String task = tasks.get(0);
        assertThat(get("/api/callbacks?round=" + get("/api/callbacks/" + task, AGENT).json().get("roundId")
                .asString(), AGENT).json()).hasSize(2);

        Answer taken = post("/api/callbacks/" + task + "/assignment", AGENT, json(Map.of("agent", "agent-1")));
        assertThat(taken.status()).as(taken.body()).isEqualTo(200);
        assertThat(taken.json().get("status").asString()).isEqualTo("ASSIGNED");
        assertThat(post("/api/callbacks/" + task + "/assignment", AGENT, json(Map.of("agent", "agent-2"))).status())
                .isEqualTo(403);

        long attempts = count("callback_attempt");
        Answer late = attempt(task, "NO_ANSWER", hallTime(3, 20, 0));
        Answer early = attempt(task, "NO_ANSWER", hallTime(3, 8, 29));
        Answer future = attempt(task, "NO_ANSWER", Instant.now().plusSeconds(3600));
        Answer unknown = attempt(task, "HUNG_UP", hallTime(3, 10, 0));
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.json().get("errors").get(0).get("field").asString()).isEqualTo("attemptedAt");
        assertThat(early.status()).isEqualTo(422);
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.json().get("errors").get(0).get("field").asString()).isEqualTo("attemptedAt");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("result");
        assertThat(count("callback_attempt")).isEqualTo(attempts);

        assertThat(attempt(task, "NO_ANSWER", hallTime(3, 8, 30)).json().get("status").asString())
                .isEqualTo("ASSIGNED");
        assertThat(attempt(task, "BUSY", hallTime(3, 15, 0)).status()).isEqualTo(422);
        assertThat(attempt(task, "BUSY", hallTime(2, 19, 59)).json().get("status").asString()).isEqualTo("ASSIGNED");
        Answer third = attempt(task, "NO_ANSWER", hallTime(1, 9, 0));
        assertThat(third.json().get("status").asString()).isEqualTo("UNREACHABLE");
        assertThat(third.json().get("attempts")).hasSize(3);
        assertThat(attempt(task, "REACHED", hallTime(0, 0, 0).plusSeconds(9 * 3600)).status()).isEqualTo(422);
        EventLog.Event done = events().await(CallbackTopics.CALLBACK_EVENTS, task, CallbackCompleted.TYPE);
        assertThat(done.data().get("result").asString()).isEqualTo("UNREACHABLE");
        assertThat(get("/api/callbacks?window=W-TSK-A&status=UNREACHABLE", SUPERVISOR).json()).hasSize(1);
        assertThat(get("/api/callbacks?status=LOST", SUPERVISOR).status()).isEqualTo(400);
        assertThat(get("/api/callbacks?window=W-TSK-A", CLERK).status()).isEqualTo(403);
    }

    @Test
    void aReachedPersonAnswersAllSixDimensionsOnce() throws Exception {
        String task = roundTasks("W-TSK-B", "2025-W23", Instant.parse("2025-06-02T02:00:00Z"), 1).get(0);
        assertThat(attempt(task, "REACHED", hallTime(1, 10, 0)).json().get("status").asString()).isEqualTo("REACHED");

        Map<String, Object> missing = answers("SATISFIED");
        @SuppressWarnings("unchecked") Map<String, String> a = (Map<String, String>) missing.get("answers");
        a.remove("INTEGRITY");
        Answer noIntegrity = post("/api/callbacks/" + task + "/outcome", AGENT, json(missing));
        Answer badRating = post("/api/callbacks/" + task + "/outcome", AGENT, json(answers("VERY_GOOD")));
        assertThat(noIntegrity.status()).isEqualTo(400);
        assertThat(noIntegrity.json().get("errors").get(0).get("field").asString()).isEqualTo("answers.INTEGRITY");
        assertThat(badRating.status()).isEqualTo(400);
        assertThat(badRating.json().get("errors").get(0).get("field").asString()).isEqualTo("answers.OVERALL");
        assertThat(count("callback_outcome where task_id = '" + task + "'")).isZero();

        Answer answered = post("/api/callbacks/" + task + "/outcome", AGENT, json(answers("BASICALLY_SATISFIED")));
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(answered.json().get("status").asString()).isEqualTo("ANSWERED");
        assertThat(answered.json().get("outcome").get("answers").get("OVERALL").asString())
                .isEqualTo("BASICALLY_SATISFIED");
        Answer again = post("/api/callbacks/" + task + "/outcome", AGENT, json(answers("SATISFIED")));
        assertThat(again.status()).isEqualTo(409);
        JsonNode event = events().await(CallbackTopics.CALLBACK_EVENTS, task, CallbackCompleted.TYPE).data();
        assertThat(event.get("result").asString()).isEqualTo("REACHED");
        assertThat(event.get("answers").get("OVERALL").asString()).isEqualTo("BASICALLY_SATISFIED");
        assertThat(event.get("windowCode").asString()).isEqualTo("W-TSK-B");
    }

    @Test
    void theContactIsReadFromCaseServiceAsTheAgentAndA503NamesCaseServiceWhenItFails() throws Exception {
        String task = roundTasks("W-TSK-C", "2025-W28", Instant.parse("2025-07-07T02:00:00Z"), 1).get(0);
        CaseServiceStub stub = CaseServiceStub.get();

        Answer read = get("/api/callbacks/" + task + "/contact", AGENT);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().get("phone").asString()).isEqualTo("13800138000");
        assertThat(stub.authorizations().getLast()).isEqualTo(AGENT);
        assertThat(jdbc.sql("select count(*) from callback_task where contact_ref like '%13800138000%'")
                .query(Long.class).single()).isZero();

        stub.mode(CaseServiceStub.Mode.NOT_FOUND);
        assertThat(get("/api/callbacks/" + task + "/contact", AGENT).status()).isEqualTo(404);

        stub.mode(CaseServiceStub.Mode.FAIL);
        int before = stub.requests();
        Answer failing = get("/api/callbacks/" + task + "/contact", AGENT);
        assertThat(failing.status()).isEqualTo(503);
        assertThat(failing.json().get("service").asString()).isEqualTo("case-service");
        assertThat(stub.requests() - before).as("the GET is retried once").isEqualTo(2);

        stub.mode(CaseServiceStub.Mode.SLOW);
        Answer slow = get("/api/callbacks/" + task + "/contact", AGENT);
        assertThat(slow.status()).isEqualTo(503);
        assertThat(slow.json().get("service").asString()).isEqualTo("case-service");

        // four failed calls of at least four: the circuit is open and case-service is not called at all
        stub.mode(CaseServiceStub.Mode.FAIL);
        await503Until(task, () -> breakers.circuitBreaker("case-service").getState().name().equals("OPEN"));
        stub.mode(CaseServiceStub.Mode.ANSWER);
        int whileOpen = stub.requests();
        Answer open = get("/api/callbacks/" + task + "/contact", AGENT);
        assertThat(open.status()).isEqualTo(503);
        assertThat(open.json().get("detail").asString()).contains("circuit open");
        assertThat(stub.requests()).isEqualTo(whileOpen);
    }

    private void await503Until(String task, java.util.function.BooleanSupplier open) throws Exception {
        for (int i = 0; i < 10 && !open.getAsBoolean(); i++) {
            assertThat(get("/api/callbacks/" + task + "/contact", AGENT).status()).isEqualTo(503);
        }
        assertThat(open.getAsBoolean()).isTrue();
    }
}
