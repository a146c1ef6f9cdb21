package hall.callbacks.api;

import hall.callbacks.RemoteServicesStub;
import hall.callbacks.events.CallbackTopics;
import hall.callbacks.events.ComplaintRaisedInCallback;
import hall.cases.events.CaseTopics;
import hall.cases.events.ComplaintResolved;
import hall.callbacks.shared.remote.WorkingCalendar;
import hall.callbacks.tasks.application.CallbackTasks;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A resolved complaint becomes one complaint callback, due one working day later on the calendar; a complaint
 * raised during a callback is handed to case-service as an event.
 */
class ComplaintCallbacksApiTest extends ApiTestBase {

    @Autowired
    CallbackTasks callbackTasks;
    @Autowired
    CircuitBreakerRegistry breakers;

    /** deadline-service's calendar answers again, with a closed circuit, for the next test. */
    @AfterEach
    void calendarBackUp() {
        calendarUpAgain();
    }

    private void calendarUpAgain() {
        RemoteServicesStub.get().calendarUp(true);
        breakers.circuitBreaker(WorkingCalendar.SERVICE).reset();
    }

    @Test
    void aComplaintCallbackCreatedWhileTheCalendarIsDownGetsItsDueDateWhenTheCalendarAnswers() throws Exception {
        RemoteServicesStub.get().calendarUp(false);
        String complaintId = UUID.randomUUID().toString();
        publish(CaseTopics.COMPLAINT_EVENTS, UUID.randomUUID().toString(), complaintId, ComplaintResolved.TYPE,
                new ComplaintResolved(complaintId, "WINDOW", "W-CMP3", "已约谈窗口负责人", "complaint:" + complaintId,
                        true, Instant.parse("2026-11-27T08:00:00Z")));
        await().untilAsserted(() -> assertThat(get("/api/callbacks?window=W-CMP3", SUPERVISOR).json()).hasSize(1));
        JsonNode pending = get("/api/callbacks?window=W-CMP3", SUPERVISOR).json().get(0);
        assertThat(pending.get("dueDate").isNull()).as("never guessed from weekdays").isTrue();
        assertThat(callbackTasks.completePendingComplaintDueDates()).as("the calendar is still down").isZero();

        calendarUpAgain();
        assertThat(callbackTasks.completePendingComplaintDueDates()).isGreaterThanOrEqualTo(1);

        JsonNode completed = get("/api/callbacks/" + pending.get("id").asString(), SUPERVISOR).json();
        // resolved on Friday 2026-11-27 (hall time): one working day later is Monday 2026-11-30
        assertThat(completed.get("dueDate").asString()).isEqualTo("2026-11-30");
        assertThat(RemoteServicesStub.get().calendarAuthorizations().getLast()).isEqualTo("Bearer machine-token");
        assertThat(callbackTasks.completePendingComplaintDueDates()).as("set once").isZero();
    }

    @Test
    void aResolvedComplaintIsCalledBackOnceWithinOneWorkingDay() throws Exception {
        String caseId = hallCase("W-CMP", Instant.parse("2025-12-01T02:00:00Z"), true);
        awaitFrame(List.of(caseId));
        String complaintId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        ComplaintResolved resolved = new ComplaintResolved(complaintId, "CASE", caseId, "已责成窗口致歉并加快办理",
                "complaint:" + complaintId, true, Instant.parse("2026-11-27T08:00:00Z"));
        publish(CaseTopics.COMPLAINT_EVENTS, eventId, complaintId, ComplaintResolved.TYPE, resolved);
        publish(CaseTopics.COMPLAINT_EVENTS, eventId, complaintId, ComplaintResolved.TYPE, resolved);
        publish(CaseTopics.COMPLAINT_EVENTS, UUID.randomUUID().toString(), complaintId, ComplaintResolved.TYPE,
                resolved);

        await().untilAsserted(() -> assertThat(jdbc.sql(
                        "select count(*) from processed_event where consumer = 'callback-complaints' and event_id <> :id")
                .param("id", eventId).query(Long.class).single()).isGreaterThanOrEqualTo(1));
        JsonNode tasks = get("/api/callbacks?window=W-CMP", SUPERVISOR).json();
        assertThat(tasks).hasSize(1);
        if (tasks.get(0).get("dueDate").isNull()) {
            // the calendar did not answer within its time limit (a loaded machine): the date is asked again later
            callbackTasks.completePendingComplaintDueDates();
            tasks = get("/api/callbacks?window=W-CMP", SUPERVISOR).json();
        }
        JsonNode task = tasks.get(0);
        assertThat(task.get("kind").asString()).isEqualTo("COMPLAINT");
        assertThat(task.get("contactRef").asString()).isEqualTo("complaint:" + complaintId);
        // resolved on Friday 2026-11-27 (hall time): one working day later is Monday 2026-11-30
        assertThat(task.get("dueDate").asString()).isEqualTo("2026-11-30");
        assertThat(RemoteServicesStub.get().calendarAuthorizations().getLast()).isEqualTo("Bearer machine-token");
    }

    @Test
    void aComplaintRaisedDuringACallbackIsPublishedForCaseServiceAndBadInputStoresNothing() throws Exception {
        String task = roundTasks("W-CMP2", "2025-W50", Instant.parse("2025-12-08T02:00:00Z"), 1).get(0);
        long stored = count("callback_complaint");
        Answer blank = post("/api/callbacks/" + task + "/complaints", AGENT, json(Map.of("description", " ")));
        Answer badType = post("/api/callbacks/" + task + "/complaints", AGENT,
                json(Map.of("description", "窗口人员态度差", "subjectType", "PERSON")));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().get("errors").get(0).get("field").asString()).isEqualTo("description");
        assertThat(badType.status()).isEqualTo(400);
        assertThat(count("callback_complaint")).isEqualTo(stored);

        Answer raised = post("/api/callbacks/" + task + "/complaints", AGENT,
                json(Map.of("description", "窗口人员要求提供清单外材料")));
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        String id = raised.json().get("id").asString();
        JsonNode event = events().await(CallbackTopics.CALLBACK_EVENTS, id, ComplaintRaisedInCallback.TYPE).data();
        assertThat(event.get("callbackId").asString()).isEqualTo(task);
        assertThat(event.get("subjectType").asString()).isEqualTo("CASE");
        assertThat(event.get("subjectRef").asString()).isEqualTo(event.get("caseId").asString());
        assertThat(event.get("windowCode").asString()).isEqualTo("W-CMP2");
    }
}
