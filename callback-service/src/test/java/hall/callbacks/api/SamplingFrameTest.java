package hall.callbacks.api;

import hall.callbacks.frame.application.SamplingFrame;
import hall.callbacks.frame.domain.FrameMonth;
import hall.callbacks.frame.domain.HallCase;
import hall.cases.events.CaseAccepted;
import hall.cases.events.CaseCompleted;
import hall.cases.events.CaseReturned;
import hall.cases.events.CaseSubmitted;
import hall.cases.events.CaseTopics;
import hall.cases.events.HandlingCategory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The sampling frame is kept from case-service's events, each event once, and a window's month holds exactly
 * the cases case-service's ledger lists for it: received at the window in the hall month.
 */
class SamplingFrameTest extends ApiTestBase {

    private static final ZoneId HALL = ZoneId.of("Asia/Shanghai");

    @Autowired
    SamplingFrame frame;

    private String submit(String window, Instant receivedAt) {
        String caseId = UUID.randomUUID().toString();
        publish(CaseTopics.CASE_EVENTS, UUID.randomUUID().toString(), caseId, CaseSubmitted.TYPE,
                new CaseSubmitted(caseId, "MKT-IMM-001", HandlingCategory.IMMEDIATE, window, "D-MKT", receivedAt,
                        List.of(), "case:" + caseId));
        return caseId;
    }

    private static CaseAccepted accepted(String caseId, String window, Instant at, boolean consent) {
        return new CaseAccepted(caseId, "MKT-IMM-001", "营业执照", HandlingCategory.IMMEDIATE, window, "D-MKT", at, 0,
                0, 0, List.of(), "clerk-1", "case:" + caseId, consent, false);
    }

    @Test
    void aWindowsMonthHoldsTheCasesTheLedgerListsReceivedInTheHallMonth() {
        String window = "W-FRM-" + UUID.randomUUID().toString().substring(0, 6);
        // the ledger's bounds are hall midnights: 2026-11-01T00:00+08:00 inclusive, 2026-12-01T00:00+08:00 exclusive
        List<String> ledger = new ArrayList<>();
        ledger.add(submit(window, Instant.parse("2026-10-31T16:00:00Z")));
        ledger.add(submit(window, Instant.parse("2026-11-15T02:00:00Z")));
        ledger.add(submit(window, Instant.parse("2026-11-30T15:59:59Z")));
        String december = submit(window, Instant.parse("2026-11-30T16:00:00Z"));
        String october = submit(window, Instant.parse("2026-10-31T15:59:59Z"));
        String otherWindow = submit(window + "X", Instant.parse("2026-11-15T02:00:00Z"));
        FrameMonth november = new FrameMonth(YearMonth.of(2026, 11), HALL);

        await().untilAsserted(() -> assertThat(List.of(december, october, otherWindow, ledger.get(0), ledger.get(1),
                ledger.get(2))).allSatisfy(id -> assertThat(frame.find(id)).isPresent()));
        assertThat(frame.frame(window, november)).extracting(HallCase::caseId)
                .containsExactlyInAnyOrderElementsOf(ledger)
                .doesNotContain(december, october, otherWindow);
        assertThat(frame.frame(window, new FrameMonth(YearMonth.of(2026, 12), HALL))).extracting(HallCase::caseId)
                .containsExactly(december);
        assertThat(frame.windows(november)).contains(window, window + "X");
        assertThat(frame.windows(new FrameMonth(YearMonth.of(2026, 12), HALL))).contains(window).doesNotContain(window + "X");
    }

    @Test
    void acceptanceCompletionAndReturnFillTheCaseAndARedeliveredEventIsAppliedOnce() {
        String window = "W-FRM-" + UUID.randomUUID().toString().substring(0, 6);
        Instant received = Instant.parse("2026-11-10T01:00:00Z");
        String caseId = submit(window, received);
        String acceptedId = UUID.randomUUID().toString();
        publish(CaseTopics.CASE_EVENTS, acceptedId, caseId, CaseAccepted.TYPE,
                accepted(caseId, window, received.plusSeconds(60), true));
        Instant completedAt = Instant.parse("2026-11-11T03:00:00Z");
        publish(CaseTopics.CASE_EVENTS, UUID.randomUUID().toString(), caseId, CaseCompleted.TYPE,
                new CaseCompleted(caseId, "MKT-IMM-001", HandlingCategory.IMMEDIATE, window, "D-MKT", "APPROVED",
                        completedAt, "clerk-1", "case:" + caseId, true));
        // the acceptance again, redelivered with its id but claiming no consent: skipped by the inbox
        publish(CaseTopics.CASE_EVENTS, acceptedId, caseId, CaseAccepted.TYPE,
                accepted(caseId, window, received.plusSeconds(60), false));
        // a later event on the same key (same partition, so applied after the redelivery) marks the end
        publish(CaseTopics.CASE_EVENTS, UUID.randomUUID().toString(), caseId, CaseReturned.TYPE,
                new CaseReturned(caseId, window, "撤回", "条例第十条", "D-MKT", completedAt.plusSeconds(60)));
        String returnedCase = submit(window, received);
        publish(CaseTopics.CASE_EVENTS, UUID.randomUUID().toString(), returnedCase, CaseReturned.TYPE,
                new CaseReturned(returnedCase, window, "不属于本窗口", "条例第十条", "D-MKT", received.plusSeconds(600)));

        await().untilAsserted(() -> {
            assertThat(frame.find(caseId)).get().extracting(HallCase::returnedAt).isNotNull();
            assertThat(frame.find(returnedCase)).get().extracting(HallCase::returnedAt).isNotNull();
        });
        HallCase c = frame.find(caseId).orElseThrow();
        assertThat(c.receivedAt()).isEqualTo(received);
        assertThat(c.acceptedAt()).isEqualTo(received.plusSeconds(60));
        assertThat(c.completedAt()).isEqualTo(completedAt);
        assertThat(c.consented()).isTrue();
        assertThat(c.contactRef()).isEqualTo("case:" + caseId);
        assertThat(c.departmentCode()).isEqualTo("D-MKT");
        assertThat(jdbc.sql("select count(*) from processed_event where consumer = 'callback-frame' and event_id = :id")
                .param("id", acceptedId).query(Long.class).single()).isEqualTo(1);
        // returned before acceptance: nobody said yes to a callback
        assertThat(frame.find(returnedCase).orElseThrow().consented()).isFalse();
    }
}
