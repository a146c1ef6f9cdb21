package hall.deadlines.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import hall.cases.events.CaseAccepted;
import hall.cases.events.CaseCompleted;
import hall.cases.events.CaseResumed;
import hall.cases.events.CaseReturned;
import hall.cases.events.CaseSuspended;
import hall.cases.events.HandlingCategory;
import hall.cases.events.JointPartDecided;
import hall.cases.events.JointPartLimit;
import hall.cases.events.SuspensionReason;
import hall.deadlines.events.DeadlineChanged;
import hall.deadlines.events.DeadlineStarted;
import hall.deadlines.events.DeadlineStopped;
import hall.deadlines.events.DeadlineSuspended;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Clocks driven by real case events on the broker; the deadline events are read back from the broker. */
class ClockFlowTest extends IntegrationTestBase {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private static Instant hall(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }

    private static CaseAccepted accepted(String caseId, HandlingCategory category, String at, int limit,
            List<JointPartLimit> parts) {
        return new CaseAccepted(caseId, "M01", "不动产登记", category, "W01", "D01", hall(at), limit, 20, 30, parts,
                "clerk-W01", "contact-" + caseId, true, false);
    }

    private static List<JsonNode> data(String caseId, String type) {
        return published(caseId, type).stream().map(Published::data).toList();
    }

    @Test
    void promisedCaseSuspendedOverTheHolidayResumedAndCompleted() {
        String caseId = "flow-" + UUID.randomUUID();
        publishCaseEvent(caseId, CaseAccepted.TYPE, accepted(caseId, HandlingCategory.PROMISED, "2025-09-22T09:00", 10, List.of()));
        await().atMost(Duration.ofSeconds(20)).until(() -> data(caseId, DeadlineStarted.TYPE).size() == 1);
        JsonNode started = data(caseId, DeadlineStarted.TYPE).get(0);
        assertThat(started.get("kind").asString()).isEqualTo("APPLICANT");
        assertThat(started.get("limitDays").asInt()).isEqualTo(10);
        assertThat(started.get("dueAt").asString()).isEqualTo("2025-10-11T15:59:59Z"); // a make-up Saturday

        publishCaseEvent(caseId, CaseSuspended.TYPE, new CaseSuspended(caseId, "s1", SuspensionReason.EXPERT_REVIEW,
                "expert review", hall("2025-09-29T15:00")));
        await().atMost(Duration.ofSeconds(20)).until(() -> data(caseId, DeadlineSuspended.TYPE).size() == 1);
        JsonNode suspended = data(caseId, DeadlineSuspended.TYPE).get(0);
        assertThat(suspended.get("caseId").asString()).isEqualTo(caseId);
        assertThat(suspended.get("clockId").asString()).isEqualTo(started.get("clockId").asString());
        assertThat(suspended.get("kind").asString()).isEqualTo("APPLICANT");
        assertThat(suspended.get("reason").asString()).isEqualTo("EXPERT_REVIEW");
        assertThat(suspended.get("suspendedAt").asString()).isEqualTo("2025-09-29T07:00:00Z");

        publishCaseEvent(caseId, CaseResumed.TYPE, new CaseResumed(caseId, "s1", hall("2025-10-10T09:00")));
        await().atMost(Duration.ofSeconds(20)).until(() -> data(caseId, DeadlineChanged.TYPE).size() == 1);
        assertThat(data(caseId, DeadlineSuspended.TYPE)).hasSize(1);
        JsonNode changed = data(caseId, DeadlineChanged.TYPE).get(0);
        assertThat(changed.get("cause").asString()).isEqualTo("RESUMED");
        assertThat(changed.get("previousDueAt").asString()).isEqualTo("2025-10-11T15:59:59Z");
        assertThat(changed.get("dueAt").asString()).isEqualTo("2025-10-15T15:59:59Z");

        publishCaseEvent(caseId, CaseCompleted.TYPE, new CaseCompleted(caseId, "M01", HandlingCategory.PROMISED, "W01",
                "D01", "approved", hall("2025-10-15T11:00"), "clerk-W01", "contact", true));
        await().atMost(Duration.ofSeconds(20)).until(() -> data(caseId, DeadlineStopped.TYPE).size() == 1);
        JsonNode stopped = data(caseId, DeadlineStopped.TYPE).get(0);
        assertThat(stopped.get("outcome").asString()).isEqualTo("ON_TIME");
        assertThat(stopped.get("suspendedWorkingDays").asInt()).isEqualTo(3);
        assertThat(stopped.get("usedWorkingDays").asInt()).isEqualTo(10);

        JsonNode clock = get("/api/deadlines/" + caseId, clerk("W01")).json().get("clocks").get(0);
        assertThat(clock.get("state").asString()).isEqualTo("STOPPED");
        assertThat(clock.get("suspensions")).hasSize(1);
        assertThat(clock.get("elapsedWorkingDays").asInt()).isEqualTo(13);
        assertThat(clock.get("suspendedWorkingDays").asInt()).isEqualTo(3);
        assertThat(clock.get("actualWorkingDays").asInt()).isEqualTo(10);
    }

    /**
     * The broker delivered a case's suspension, resumption and completion before its acceptance (as after a crash of
     * the broker while the outbox relay was sending): they wait until the acceptance starts the clock, and then act
     * on it in the order they happened, as if they had come in order.
     */
    @Test
    void eventsThatOvertookTheAcceptanceActOnTheClockOnceItStarts() {
        String caseId = "flow-" + UUID.randomUUID();
        publishCaseEvent(caseId, CaseSuspended.TYPE, new CaseSuspended(caseId, "s1", SuspensionReason.EXPERT_REVIEW,
                "expert review", hall("2025-09-29T15:00")));
        publishCaseEvent(caseId, CaseResumed.TYPE, new CaseResumed(caseId, "s1", hall("2025-10-10T09:00")));
        publishCaseEvent(caseId, CaseCompleted.TYPE, new CaseCompleted(caseId, "M01", HandlingCategory.PROMISED, "W01",
                "D01", "approved", hall("2025-10-15T11:00"), "clerk-W01", "contact", true));
        await().atMost(Duration.ofSeconds(20)).until(() -> heldEvents(caseId) == 3);
        assertThat(published(caseId)).as("nothing acts before the clock exists").isEmpty();

        publishCaseEvent(caseId, CaseAccepted.TYPE, accepted(caseId, HandlingCategory.PROMISED, "2025-09-22T09:00", 10, List.of()));
        await().atMost(Duration.ofSeconds(20)).until(() -> data(caseId, DeadlineStopped.TYPE).size() == 1);
        assertThat(published(caseId).stream().map(Published::type).toList()).containsExactly(DeadlineStarted.TYPE,
                DeadlineSuspended.TYPE, DeadlineChanged.TYPE, DeadlineStopped.TYPE);
        JsonNode stopped = data(caseId, DeadlineStopped.TYPE).get(0);
        assertThat(stopped.get("stoppedAt").asString()).isEqualTo("2025-10-15T03:00:00Z");
        assertThat(stopped.get("suspendedWorkingDays").asInt()).isEqualTo(3);
        assertThat(stopped.get("usedWorkingDays").asInt()).isEqualTo(10);
        assertThat(heldEvents(caseId)).as("released once applied").isZero();

        JsonNode clock = get("/api/deadlines/" + caseId, clerk("W01")).json().get("clocks").get(0);
        assertThat(clock.get("state").asString()).isEqualTo("STOPPED");
        assertThat(clock.get("suspensions")).hasSize(1);
    }

    private long heldEvents(String caseId) {
        return jdbc.sql("select count(*) from held_case_event where case_id = :caseId").param("caseId", caseId)
                .query(Long.class).single();
    }

    @Test
    void immediateCaseIsDueAtTheEndOfItsAcceptanceDayAndLateNextDay() {
        String caseId = "flow-" + UUID.randomUUID();
        publishCaseEvent(caseId, CaseAccepted.TYPE, accepted(caseId, HandlingCategory.IMMEDIATE, "2025-09-26T10:00", 1, List.of()));
        await().atMost(Duration.ofSeconds(20)).until(() -> data(caseId, DeadlineStarted.TYPE).size() == 1);
        assertThat(data(caseId, DeadlineStarted.TYPE).get(0).get("dueAt").asString()).isEqualTo("2025-09-26T15:59:59Z");
        assertThat(data(caseId, DeadlineStarted.TYPE).get(0).get("limitDays").asInt()).isZero();
        publishCaseEvent(caseId, CaseCompleted.TYPE, new CaseCompleted(caseId, "M01", HandlingCategory.IMMEDIATE, "W01",
                "D01", "done", hall("2025-09-28T09:00"), "clerk-W01", "contact", true));
        await().atMost(Duration.ofSeconds(20)).until(() -> data(caseId, DeadlineStopped.TYPE).size() == 1);
        assertThat(data(caseId, DeadlineStopped.TYPE).get(0).get("outcome").asString()).isEqualTo("LATE");
    }

    @Test
    void jointCaseGetsAnApplicantClockAndOneClockPerDepartment() {
        String caseId = "flow-" + UUID.randomUUID();
        publishCaseEvent(caseId, CaseAccepted.TYPE, accepted(caseId, HandlingCategory.JOINT, "2025-09-26T10:00", 15,
                List.of(new JointPartLimit("D01", true, 10), new JointPartLimit("D02", false, 5))));
        await().atMost(Duration.ofSeconds(20)).until(() -> data(caseId, DeadlineStarted.TYPE).size() == 3);
        Map<String, JsonNode> byPart = new java.util.HashMap<>();
        for (JsonNode s : data(caseId, DeadlineStarted.TYPE)) {
            byPart.put(s.get("kind").asString() + ":" + s.get("departmentCode").asString(), s);
        }
        assertThat(byPart).containsOnlyKeys("APPLICANT:D01", "DEPARTMENT:D01", "DEPARTMENT:D02");
        assertThat(byPart.get("APPLICANT:D01").get("limitDays").asInt()).isEqualTo(15);
        assertThat(byPart.get("DEPARTMENT:D02").get("limitDays").asInt()).isEqualTo(5);
        assertThat(byPart.get("DEPARTMENT:D02").get("dueAt").asString()).isEqualTo("2025-10-10T15:59:59Z");

        publishCaseEvent(caseId, JointPartDecided.TYPE, new JointPartDecided(caseId, "D02", true, null,
                hall("2025-10-09T10:00")));
        await().atMost(Duration.ofSeconds(20)).until(() -> data(caseId, DeadlineStopped.TYPE).size() == 1);
        JsonNode partStopped = data(caseId, DeadlineStopped.TYPE).get(0);
        assertThat(partStopped.get("kind").asString()).isEqualTo("DEPARTMENT");
        assertThat(partStopped.get("outcome").asString()).isEqualTo("ON_TIME");

        publishCaseEvent(caseId, CaseReturned.TYPE, new CaseReturned(caseId, "W01", "D01 refused", null, "D01",
                hall("2025-10-13T10:00")));
        await().atMost(Duration.ofSeconds(20)).until(() -> data(caseId, DeadlineStopped.TYPE).size() == 3);
        assertThat(data(caseId, DeadlineStopped.TYPE).subList(1, 3))
                .allSatisfy(s -> assertThat(s.get("outcome").asString()).isEqualTo("RETURNED"));
    }

    @Test
    void redeliveredEventIsAppliedOnceAndUnknownTypesAreIgnored() {
        String caseId = "flow-" + UUID.randomUUID();
        String eventId = UUID.randomUUID().toString();
        CaseAccepted event = accepted(caseId, HandlingCategory.PROMISED, "2025-09-26T10:00", 5, List.of());
        publishCaseEvent(eventId, caseId, CaseAccepted.TYPE, event);
        publishCaseEvent(eventId, caseId, CaseAccepted.TYPE, event);
        publishCaseEvent(caseId, "hall.case.something-new.v7", Map.of("caseId", caseId));
        publishCaseEvent(caseId, CaseCompleted.TYPE, new CaseCompleted(caseId, "M01", HandlingCategory.PROMISED, "W01",
                "D01", "approved", hall("2025-10-10T11:00"), "clerk-W01", "contact", true));
        await().atMost(Duration.ofSeconds(20)).until(() -> data(caseId, DeadlineStopped.TYPE).size() == 1);
        assertThat(data(caseId, DeadlineStarted.TYPE)).hasSize(1);
        assertThat(outboxCount(caseId, DeadlineStarted.TYPE)).isEqualTo(1);
        assertThat(data(caseId, DeadlineStopped.TYPE).get(0).get("usedWorkingDays").asInt()).isEqualTo(5);
    }

    @Test
    void unknownCaseIsNotFoundAndBadListParametersAreRefused() {
        Answer missing = get("/api/deadlines/no-such-case", clerk("W01"));
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("type").asString()).isEqualTo("https://hall.example/problems/not-found");
        assertThat(get("/api/deadlines?state=LOST", clerk("W01")).status()).isEqualTo(400);
        assertThat(get("/api/deadlines?page=-1", clerk("W01")).status()).isEqualTo(400);
        assertThat(get("/api/deadlines", null).status()).isEqualTo(401);
        Answer applicant = get("/api/deadlines", hall.testsupport.TestTokens.bearer("a-1", List.of("APPLICANT"), Map.of()));
        assertThat(applicant.status()).isEqualTo(403);
        assertThat(applicant.json().get("type").asString()).isEqualTo("https://hall.example/problems/forbidden");
    }

    @Test
    void deadlinesAreListedByWindowAndState() {
        String caseId = "flow-" + UUID.randomUUID();
        CaseAccepted event = new CaseAccepted(caseId, "M01", "不动产登记", HandlingCategory.PROMISED, "W-LIST", "D01",
                hall("2026-11-20T10:00"), 5, 20, 30, List.of(), "clerk-W01", "contact", true, false);
        publishCaseEvent(caseId, CaseAccepted.TYPE, event);
        await().atMost(Duration.ofSeconds(20)).until(() -> data(caseId, DeadlineStarted.TYPE).size() == 1);
        JsonNode page = get("/api/deadlines?window=W-LIST&state=RUNNING&page=0", SUPERVISOR).json();
        assertThat(page.get("total").asLong()).isEqualTo(1);
        assertThat(page.get("items").get(0).get("caseId").asString()).isEqualTo(caseId);
        assertThat(get("/api/deadlines?window=W-LIST&state=STOPPED", SUPERVISOR).json().get("total").asLong()).isZero();
    }
}
