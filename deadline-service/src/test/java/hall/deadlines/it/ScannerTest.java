package hall.deadlines.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import hall.cases.events.CaseAccepted;
import hall.cases.events.CaseCompleted;
import hall.cases.events.HandlingCategory;
import hall.deadlines.clocks.application.ClockChanges;
import hall.deadlines.clocks.application.ClockCommands;
import hall.deadlines.clocks.application.DeadlineScanner;
import hall.deadlines.events.DeadlineBreached;
import hall.deadlines.events.DeadlineStarted;
import hall.deadlines.events.DeadlineStopped;
import hall.deadlines.events.DeadlineWarning;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** Two scanners over the same database publish each warning and each breach exactly once. */
class ScannerTest extends IntegrationTestBase {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired ClockCommands clockService;
    @Autowired ClockChanges changes;
    @Autowired TransactionTemplate transactionTemplate;

    private static Instant hall(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }

    private String accept(String window, String acceptedAt) {
        String caseId = "scan-" + UUID.randomUUID();
        clockService.accepted(new CaseAccepted(caseId, "M01", "m", HandlingCategory.PROMISED, window, "D01",
                hall(acceptedAt), 5, 20, 30, List.of(), "handler-" + window, "c", true, false));
        return caseId;
    }

    private DeadlineScanner instance() {
        return new DeadlineScanner(changes, transactionTemplate, 7);
    }

    private void scanConcurrently(Instant now) throws Exception {
        DeadlineScanner first = instance();
        DeadlineScanner second = instance();
        CountDownLatch go = new CountDownLatch(1);
        CompletableFuture<?> a = CompletableFuture.runAsync(() -> { awaitStart(go); first.scan(now); });
        CompletableFuture<?> b = CompletableFuture.runAsync(() -> { awaitStart(go); second.scan(now); });
        go.countDown();
        CompletableFuture.allOf(a, b).get();
    }

    private static void awaitStart(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void twoScannersPublishEachWarningAndBreachExactlyOnce() throws Exception {
        List<String> nearlyDue = new ArrayList<>();
        List<String> overdue = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            nearlyDue.add(accept("WSCAN", "2026-11-20T10:00")); // due Fri 2026-11-27, yellow from Thu 11-26
            overdue.add(accept("WSCAN", "2026-11-10T10:00"));   // due Tue 2026-11-17
        }
        Instant thursdayNoon = hall("2026-11-26T12:00");
        scanConcurrently(thursdayNoon);
        scanConcurrently(thursdayNoon);

        for (String caseId : nearlyDue) {
            assertThat(outboxCount(caseId, DeadlineWarning.TYPE)).as(caseId).isEqualTo(1);
            assertThat(outboxCount(caseId, DeadlineBreached.TYPE)).as(caseId).isZero();
        }
        for (String caseId : overdue) {
            assertThat(outboxCount(caseId, DeadlineBreached.TYPE)).as(caseId).isEqualTo(1);
            assertThat(outboxCount(caseId, DeadlineWarning.TYPE)).as(caseId).isZero();
            assertThat(accountabilityRows(caseId)).as(caseId).isEqualTo(1);
        }

        // after the due day the yellow ones turn red, once
        Instant saturday = hall("2026-11-28T00:00");
        scanConcurrently(saturday);
        scanConcurrently(saturday);
        for (String caseId : nearlyDue) {
            assertThat(outboxCount(caseId, DeadlineWarning.TYPE)).isEqualTo(1);
            assertThat(outboxCount(caseId, DeadlineBreached.TYPE)).isEqualTo(1);
            assertThat(accountabilityRows(caseId)).as(caseId).isEqualTo(1);
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> nearlyDue.stream()
                .allMatch(c -> published(c, DeadlineWarning.TYPE).size() == 1 && published(c, DeadlineBreached.TYPE).size() == 1)
                && overdue.stream().allMatch(c -> published(c, DeadlineBreached.TYPE).size() == 1));
        JsonNode warning = published(nearlyDue.get(0), DeadlineWarning.TYPE).get(0).data();
        assertThat(warning.get("remainingWorkingDays").asInt()).isEqualTo(1);
        assertThat(warning.get("windowCode").asString()).isEqualTo("WSCAN");
        JsonNode breach = published(overdue.get(0), DeadlineBreached.TYPE).get(0).data();
        assertThat(breach.get("handlerId").asString()).isEqualTo("handler-WSCAN");
        assertThat(breach.get("accountabilityId").asString()).isEqualTo(jdbc.sql(
                "select id::text from accountability where case_id = :c").param("c", overdue.get(0))
                .query(String.class).single());

        JsonNode clock = get("/api/deadlines/" + overdue.get(0), SUPERVISOR).json().get("clocks").get(0);
        assertThat(clock.get("warningLevel").asString()).isEqualTo("RED");
    }

    @Test
    void breachOpensAnAccountabilityRecordTheSupervisionOfficeCloses() {
        String caseId = accept("WACC", "2026-11-10T10:00");
        instance().scan(hall("2026-11-26T12:00"));
        JsonNode open = get("/api/accountability?window=WACC&open=true", SUPERVISOR).json();
        assertThat(open).hasSize(1);
        assertThat(open.get(0).get("caseId").asString()).isEqualTo(caseId);
        assertThat(open.get(0).get("handlerId").asString()).isEqualTo("handler-WACC");
        String id = open.get(0).get("id").asString();

        assertThat(post("/api/accountability/" + id + "/closure", clerk("WACC"), Map.of("justification", "x"))
                .status()).isEqualTo(403);
        Answer blank = post("/api/accountability/" + id + "/closure", SUPERVISOR, Map.of("justification", " "));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().get("errors").get(0).get("field").asString()).isEqualTo("justification");
        assertThat(get("/api/accountability?window=WACC&open=true", SUPERVISOR).json()).hasSize(1);

        Answer closed = post("/api/accountability/" + id + "/closure", SUPERVISOR,
                Map.of("justification", "申请人原因导致延误，已核实"));
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.json().get("closedBy").asString()).isEqualTo("sup-1");
        assertThat(post("/api/accountability/" + id + "/closure", SUPERVISOR, Map.of("justification", "again"))
                .status()).isEqualTo(409);
        assertThat(get("/api/accountability?window=WACC&open=true", SUPERVISOR).json()).isEmpty();
        assertThat(get("/api/accountability?window=WACC&open=false", SUPERVISOR).json()).hasSize(1);
    }

    private int accountabilityRows(String caseId) {
        return jdbc.sql("select count(*) from accountability where case_id = :c").param("c", caseId)
                .query(Integer.class).single();
    }

    @Test
    void aLateCompletionTheScanNeverSawOpensItsBreachAndAccountabilityOnce() {
        // deemed accepted long after its due date (receipt 2026-10-12, due 2026-10-19), completed at once: the
        // scan never ran in between
        String caseId = "late-" + UUID.randomUUID();
        publishCaseEvent(caseId, CaseAccepted.TYPE, new CaseAccepted(caseId, "M01", "m", HandlingCategory.PROMISED,
                "WLATE", "D01", hall("2026-10-12T10:00"), 5, 20, 30, List.of(), "handler-WLATE", "c", true, true));
        await().atMost(Duration.ofSeconds(30)).until(() -> published(caseId, DeadlineStarted.TYPE).size() == 1);
        publishCaseEvent(caseId, CaseCompleted.TYPE, new CaseCompleted(caseId, "M01", HandlingCategory.PROMISED,
                "WLATE", "D01", "准予许可", Instant.now(), "handler-WLATE", "c", true));

        await().atMost(Duration.ofSeconds(30)).until(() -> published(caseId, DeadlineStopped.TYPE).size() == 1
                && published(caseId, DeadlineBreached.TYPE).size() == 1);
        assertThat(published(caseId, DeadlineStopped.TYPE).get(0).data().get("outcome").asString())
                .isEqualTo("LATE");
        JsonNode breach = published(caseId, DeadlineBreached.TYPE).get(0).data();
        JsonNode open = get("/api/accountability?window=WLATE&open=true", SUPERVISOR).json();
        assertThat(open).singleElement().satisfies(r -> {
            assertThat(r.get("caseId").asString()).isEqualTo(caseId);
            assertThat(r.get("id").asString()).isEqualTo(breach.get("accountabilityId").asString());
            assertThat(r.get("handlerId").asString()).isEqualTo("handler-WLATE");
        });

        // a later scan finds nothing more to say about the stopped clock
        instance().scan(Instant.now());
        assertThat(outboxCount(caseId, DeadlineBreached.TYPE)).isEqualTo(1);
        assertThat(accountabilityRows(caseId)).isEqualTo(1);
    }

    @Test
    void aCompletionAfterTheScanBreachedTheClockAddsNoSecondBreach() {
        String caseId = accept("WLATE2", "2026-11-10T10:00"); // due Tue 2026-11-17
        instance().scan(hall("2026-11-18T09:00"));
        assertThat(outboxCount(caseId, DeadlineBreached.TYPE)).isEqualTo(1);
        transactionTemplate.executeWithoutResult(status -> clockService.completed(new CaseCompleted(caseId, "M01",
                HandlingCategory.PROMISED, "WLATE2", "D01", "准予许可", hall("2026-11-18T10:00"), "h", "c", true)));
        assertThat(outboxCount(caseId, DeadlineStopped.TYPE)).isEqualTo(1);
        assertThat(outboxCount(caseId, DeadlineBreached.TYPE)).isEqualTo(1);
        assertThat(accountabilityRows(caseId)).isEqualTo(1);
    }

    @Test
    void aCompletionJustAfterMidnightAfterTheDueDayIsLateAndBreached() {
        String caseId = accept("WLATE3", "2026-11-10T10:00"); // due Tue 2026-11-17
        clockService.completed(new CaseCompleted(caseId, "M01", HandlingCategory.PROMISED, "WLATE3", "D01", "准予许可",
                hall("2026-11-18T00:00:01"), "h", "c", true));
        assertThat(outboxCount(caseId, DeadlineBreached.TYPE)).isEqualTo(1);
        assertThat(accountabilityRows(caseId)).isEqualTo(1);
        JsonNode clock = get("/api/deadlines/" + caseId, SUPERVISOR).json().get("clocks").get(0);
        assertThat(clock.get("outcome").asString()).isEqualTo("LATE");
        assertThat(clock.get("warningLevel").asString()).isEqualTo("RED");
    }
}
