package hall.callbacks.api;

import hall.callbacks.RemoteServicesStub;
import hall.callbacks.events.CallbackTopics;
import hall.callbacks.events.ProblemClosed;
import hall.callbacks.events.ProblemOpened;
import hall.callbacks.events.RectificationOverdue;
import hall.callbacks.events.RectificationReported;
import hall.callbacks.problems.application.Problems;
import hall.testsupport.EventLog;
import hall.testsupport.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The problem loop through the API: an unsatisfied answer opens a problem due on deadline-service's calendar,
 * the window rectifies, the re-callback escalates or closes it; pending due dates are completed later as
 * callback-service itself; overdue rectification is announced once.
 */
class ProblemsApiTest extends ApiTestBase {

    static final String CLERK_PRB = TestTokens.bearer("clerk-prb", List.of("CLERK"), Map.of("window", "W-PRB"));
    static final String OFFICER_PRB = TestTokens.bearer("officer-prb", List.of("DEPARTMENT_OFFICER"),
            Map.of("department", "D-W-PRB"));

    @Autowired
    Problems problems;

    @AfterEach
    void calendarBackUp() {
        RemoteServicesStub.get().calendarUp(true);
    }

    /** Reaches the person of a task and records answers with EFFICIENCY as given; returns the problems opened. */
    private Answer reachAndAnswer(String task, String efficiency, int daysAgo) throws Exception {
        assertThat(attempt(task, "REACHED", hallTime(daysAgo, 10, 0)).status()).isEqualTo(200);
        Map<String, Object> body = answers("SATISFIED");
        @SuppressWarnings("unchecked") Map<String, String> a = (Map<String, String>) body.get("answers");
        a.put("EFFICIENCY", efficiency);
        Answer answered = post("/api/callbacks/" + task + "/outcome", AGENT, json(body));
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        return answered;
    }

    private JsonNode problemOf(String window, String callbackId) throws Exception {
        for (JsonNode p : get("/api/problems?window=" + window, SUPERVISOR).json()) {
            if (p.get("callbackId").asString().equals(callbackId)) {
                return p;
            }
        }
        throw new AssertionError("no problem of callback " + callbackId);
    }

    @Test
    void anUnsatisfiedAnswerIsRectifiedEscalatedAndClosedOnASatisfiedReCallback() throws Exception {
        String task = roundTasks("W-PRB", "2025-W32", Instant.parse("2025-08-04T02:00:00Z"), 1).get(0);
        int calendarCalls = RemoteServicesStub.get().calendarAuthorizations().size();
        reachAndAnswer(task, "UNSATISFIED", 3);

        JsonNode problem = problemOf("W-PRB", task);
        String id = problem.get("id").asString();
        assertThat(problem.get("dimension").asString()).isEqualTo("EFFICIENCY");
        assertThat(problem.get("level").asString()).isEqualTo("WINDOW");
        assertThat(problem.get("dueDate").isNull()).isFalse();
        assertThat(RemoteServicesStub.get().calendarAuthorizations()).hasSize(calendarCalls + 1)
                .last().isEqualTo(AGENT);
        assertThat(events().await(CallbackTopics.CALLBACK_EVENTS, id, ProblemOpened.TYPE).data()
                .get("departmentCode").asString()).isEqualTo("D-W-PRB");
        // another window's clerk neither sees nor rectifies it
        assertThat(get("/api/problems/" + id, CLERK).status()).isEqualTo(403);
        assertThat(post("/api/problems/" + id + "/rectification", CLERK, json(Map.of("measures", "x"))).status())
                .isEqualTo(403);
        assertThat(post("/api/problems/" + id + "/rectification", CLERK_PRB, json(Map.of("measures", ""))).status())
                .isEqualTo(400);

        Answer rectified = post("/api/problems/" + id + "/rectification", CLERK_PRB,
                json(Map.of("measures", "已对窗口人员进行提醒谈话，压缩办理时限")));
        assertThat(rectified.status()).as(rectified.body()).isEqualTo(200);
        assertThat(rectified.json().get("status").asString()).isEqualTo("RECTIFIED");
        String reCallback = rectified.json().get("reCallbackId").asString();
        assertThat(events().await(CallbackTopics.CALLBACK_EVENTS, id, RectificationReported.TYPE).data()
                .get("reCallbackId").asString()).isEqualTo(reCallback);
        assertThat(get("/api/callbacks/" + reCallback, AGENT).json().get("kind").asString()).isEqualTo("RE_CALLBACK");

        // still unsatisfied: the next round, one level higher, due again on the calendar
        reachAndAnswer(reCallback, "UNSATISFIED", 2);
        JsonNode second = get("/api/problems/" + id, SUPERVISOR).json();
        assertThat(second.get("status").asString()).isEqualTo("OPEN");
        assertThat(second.get("round").asInt()).isEqualTo(2);
        assertThat(second.get("level").asString()).isEqualTo("SUPERVISION_OFFICE");
        assertThat(get("/api/problems?window=W-PRB&status=OPEN", SUPERVISOR).json()).hasSize(1);

        Answer again = post("/api/problems/" + id + "/rectification", OFFICER_PRB,
                json(Map.of("measures", "督查室约谈科室负责人")));
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        reachAndAnswer(again.json().get("reCallbackId").asString(), "BASICALLY_SATISFIED", 1);
        JsonNode closed = get("/api/problems/" + id, CLERK_PRB).json();
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("closedHow").asString()).isEqualTo("SATISFIED_CALLBACK");
        EventLog.Event closedEvent = events().await(CallbackTopics.CALLBACK_EVENTS, id, ProblemClosed.TYPE);
        assertThat(closedEvent.data().get("rounds").asInt()).isEqualTo(2);

        String round = get("/api/callbacks/" + task, AGENT).json().get("roundId").asString();
        JsonNode report = get("/api/sampling-rounds/" + round + "/report", SUPERVISOR).json().get("windows").get(0);
        assertThat(report.get("windowCode").asString()).isEqualTo("W-PRB");
        assertThat(report.get("asked").asInt()).isEqualTo(1);
        assertThat(report.get("answered").asInt()).isEqualTo(1);
        assertThat(report.get("problems").asInt()).isEqualTo(1);
        assertThat(report.get("rectified").asInt()).isEqualTo(1);
        assertThat(report.get("closed").asInt()).isEqualTo(1);
        assertThat(get("/api/sampling-rounds/" + round + "/report", AGENT).status()).isEqualTo(403);

        long stored = count("callback_task");
        Answer late = post("/api/problems/" + id + "/rectification", CLERK_PRB, json(Map.of("measures", "再次整改")));
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.json().get("errors").get(0).get("field").asString()).isEqualTo("status");
        assertThat(count("callback_task")).isEqualTo(stored);
    }

    @Test
    void aDueDateIsLeftPendingWhileTheCalendarIsDownAndCompletedLaterAsCallbackServiceItself() throws Exception {
        String task = roundTasks("W-PRB2", "2025-W37", Instant.parse("2025-09-08T02:00:00Z"), 1).get(0);
        RemoteServicesStub.get().calendarUp(false);
        reachAndAnswer(task, "UNSATISFIED", 1);
        JsonNode pending = problemOf("W-PRB2", task);
        assertThat(pending.get("dueDate").isNull()).isTrue();
        assertThat(events().await(CallbackTopics.CALLBACK_EVENTS, pending.get("id").asString(), ProblemOpened.TYPE)
                .data().get("dueDate").isNull()).isTrue();

        RemoteServicesStub.get().calendarUp(true);
        assertThat(problems.completePendingDueDates()).isGreaterThanOrEqualTo(1);

        JsonNode completed = get("/api/problems/" + pending.get("id").asString(), SUPERVISOR).json();
        LocalDate opened = Instant.parse(completed.get("openedAt").asString()).atZone(HALL).toLocalDate();
        assertThat(LocalDate.parse(completed.get("dueDate").asString())).isAfter(opened);
        assertThat(RemoteServicesStub.get().calendarAuthorizations().getLast()).isEqualTo("Bearer machine-token");
    }

    @Test
    void anOverdueRectificationIsListedAndAnnouncedOnce() throws Exception {
        String task = roundTasks("W-PRB3", "2025-W41", Instant.parse("2025-10-06T02:00:00Z"), 1).get(0);
        reachAndAnswer(task, "UNSATISFIED", 1);
        String id = problemOf("W-PRB3", task).get("id").asString();
        jdbc.sql("update problem set due_date = :due where id = :id").param("id", id)
                .param("due", java.sql.Date.valueOf(LocalDate.now(HALL).minusDays(1))).update();

        problems.announceOverdue();
        problems.announceOverdue();

        assertThat(get("/api/problems?overdue=true", SUPERVISOR).json()).extracting(p -> p.get("id").asString())
                .contains(id);
        events().await(CallbackTopics.CALLBACK_EVENTS, id, RectificationOverdue.TYPE);
        await().untilAsserted(() -> assertThat(events().all(CallbackTopics.CALLBACK_EVENTS, id).stream()
                .filter(e -> e.type().equals(RectificationOverdue.TYPE)).count()).isEqualTo(1));
        assertThat(post("/api/problems/" + id + "/closure", SUPERVISOR, json(Map.of("reason", " "))).status())
                .isEqualTo(400);
        Answer closed = post("/api/problems/" + id + "/closure", SUPERVISOR, json(Map.of("reason", "当事人已出国，无法回访")));
        assertThat(closed.json().get("closedHow").asString()).isEqualTo("SUPERVISOR_CLOSURE");
    }
}
