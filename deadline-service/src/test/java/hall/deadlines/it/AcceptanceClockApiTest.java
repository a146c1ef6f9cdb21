package hall.deadlines.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import hall.cases.events.CaseAccepted;
import hall.cases.events.CaseReturned;
import hall.cases.events.HandlingCategory;
import hall.cases.events.MaterialsSupplied;
import hall.deadlines.clocks.application.ClockChanges;
import hall.deadlines.clocks.application.DeadlineScanner;
import hall.deadlines.events.DeadlineBreached;
import hall.deadlines.events.DeadlineStarted;
import hall.deadlines.events.DeadlineStopped;
import hall.deadlines.events.DeadlineWarning;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A case whose supplemented materials are complete waits for acceptance under a clock: one working day by default,
 * then the red card with its accountability record like any other deadline; stopped by the acceptance, closed by a
 * return.
 */
class AcceptanceClockApiTest extends IntegrationTestBase {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired ClockChanges changes;
    @Autowired TransactionTemplate transactionTemplate;

    private static Instant hall(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }

    private DeadlineScanner scanner() {
        return new DeadlineScanner(changes, transactionTemplate, 50);
    }

    private String materialsComplete(String window, String at) {
        String caseId = "acc-" + UUID.randomUUID();
        publishCaseEvent(caseId, MaterialsSupplied.TYPE, new MaterialsSupplied(caseId, List.of("PLAN"), true,
                hall(at), window, "D-ACC", "M01"));
        await().atMost(Duration.ofSeconds(20)).until(() -> published(caseId, DeadlineStarted.TYPE).size() == 1);
        return caseId;
    }

    private static JsonNode only(String caseId, String type) {
        List<Published> events = published(caseId, type);
        assertThat(events).hasSize(1);
        return events.getFirst().data();
    }

    @Test
    void completeMaterialsStartTheAcceptanceClockTheWindowSeesAndTheAcceptanceStopsIt() {
        String caseId = materialsComplete("W-ACC1", "2025-11-03T10:00");
        JsonNode started = only(caseId, DeadlineStarted.TYPE);
        assertThat(started.get("kind").asString()).isEqualTo("ACCEPTANCE");
        assertThat(started.get("limitDays").asInt()).isEqualTo(1);
        assertThat(started.get("dueAt").asString()).isEqualTo("2025-11-04T15:59:59Z");

        Answer view = get("/api/deadlines/" + caseId, clerk("W-ACC1"));
        assertThat(view.status()).isEqualTo(200);
        assertThat(view.json().get("clocks").get(0).get("kind").asString()).isEqualTo("ACCEPTANCE");
        assertThat(get("/api/deadlines/" + caseId, clerk("W-OTHER")).status()).isEqualTo(403);

        scanner().scan(hall("2025-11-04T09:00"));
        assertThat(outboxCount(caseId, DeadlineWarning.TYPE) + outboxCount(caseId, DeadlineBreached.TYPE)).isZero();

        publishCaseEvent(caseId, CaseAccepted.TYPE, new CaseAccepted(caseId, "M01", "不动产登记",
                HandlingCategory.PROMISED, "W-ACC1", "D-ACC", hall("2025-11-04T15:00"), 10, 20, 30, List.of(),
                "clerk-W-ACC1", "contact-" + caseId, true, false));
        await().atMost(Duration.ofSeconds(20)).until(() -> published(caseId, DeadlineStarted.TYPE).size() == 2);
        JsonNode stopped = only(caseId, DeadlineStopped.TYPE);
        assertThat(stopped.get("kind").asString()).isEqualTo("ACCEPTANCE");
        assertThat(stopped.get("outcome").asString()).isEqualTo("ON_TIME");
        assertThat(published(caseId, DeadlineStarted.TYPE).get(1).data().get("kind").asString())
                .isEqualTo("APPLICANT");
        assertThat(published(caseId, DeadlineBreached.TYPE)).isEmpty();
    }

    @Test
    void anAcceptanceNotGivenInTimeIsABreachWithAnAccountabilityRecordAndAReturnClosesTheClock() {
        String caseId = materialsComplete("W-ACC2", "2025-11-05T10:00");
        scanner().scan(hall("2025-11-07T09:00"));
        await().atMost(Duration.ofSeconds(20)).until(() -> published(caseId, DeadlineBreached.TYPE).size() == 1);
        JsonNode breach = only(caseId, DeadlineBreached.TYPE);
        assertThat(breach.get("kind").asString()).isEqualTo("ACCEPTANCE");
        JsonNode records = get("/api/accountability?window=W-ACC2&open=true", SUPERVISOR).json();
        assertThat(records).hasSize(1);
        assertThat(records.get(0).get("kind").asString()).isEqualTo("ACCEPTANCE");
        assertThat(records.get(0).get("caseId").asString()).isEqualTo(caseId);

        publishCaseEvent(caseId, CaseReturned.TYPE, new CaseReturned(caseId, "W-ACC2", "材料不符合要求",
                "《六件办理制度》第六条", "D-ACC", hall("2025-11-07T10:00")));
        await().atMost(Duration.ofSeconds(20)).until(() -> published(caseId, DeadlineStopped.TYPE).size() == 1);
        assertThat(only(caseId, DeadlineStopped.TYPE).get("outcome").asString()).isEqualTo("RETURNED");
    }
}
