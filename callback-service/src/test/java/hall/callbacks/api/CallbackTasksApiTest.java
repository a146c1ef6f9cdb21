package hall.callbacks.api;

import hall.callbacks.RemoteServicesStub;
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


    @Autowired
    CircuitBreakerRegistry breakers;

    @AfterEach
    void serviceBackToNormal() {
        RemoteServicesStub.get().mode(RemoteServicesStub.Mode.ANSWER);
        breakers.circuitBreaker("case-service").reset();
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
        RemoteServicesStub stub = RemoteServicesStub.get();

        Answer read = get("/api/callbacks/" + task + "/contact", AGENT);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().get("phone").asString()).isEqualTo("13800138000");
        assertThat(stub.authorizations().getLast()).isEqualTo(AGENT);
        assertThat(jdbc.sql("select count(*) from callback_task where contact_ref like '%13800138000%'")
                .query(Long.class).single()).isZero();

        stub.mode(RemoteServicesStub.Mode.NOT_FOUND);
        assertThat(get("/api/callbacks/" + task + "/contact", AGENT).status()).isEqualTo(404);

        stub.mode(RemoteServicesStub.Mode.FAIL);
        int before = stub.requests();
        Answer failing = get("/api/callbacks/" + task + "/contact", AGENT);
        assertThat(failing.status()).isEqualTo(503);
        assertThat(failing.json().get("service").asString()).isEqualTo("case-service");
        assertThat(stub.requests() - before).as("the GET is retried once").isEqualTo(2);

        stub.mode(RemoteServicesStub.Mode.SLOW);
        Answer slow = get("/api/callbacks/" + task + "/contact", AGENT);
        assertThat(slow.status()).isEqualTo(503);
        assertThat(slow.json().get("service").asString()).isEqualTo("case-service");

        // four failed calls of at least four: the circuit is open and case-service is not called at all
        stub.mode(RemoteServicesStub.Mode.FAIL);
        await503Until(task, () -> breakers.circuitBreaker("case-service").getState().name().equals("OPEN"));
        stub.mode(RemoteServicesStub.Mode.ANSWER);
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
