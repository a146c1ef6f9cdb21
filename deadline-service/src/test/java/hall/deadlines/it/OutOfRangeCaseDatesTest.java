package hall.deadlines.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import hall.cases.events.CaseAccepted;
import hall.cases.events.CaseSubmitted;
import hall.cases.events.HandlingCategory;
import hall.deadlines.clocks.messaging.CaseEventsListener;
import hall.deadlines.events.DeadlineStarted;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Case events carrying a date no calendar can count from (a ledger import stored as {@code -infinity} before the
 * import bounds existed, published as such) are consumed without effect, not parked as dead letters that no replay
 * could ever apply; the case's next sound event is applied as usual.
 */
class OutOfRangeCaseDatesTest extends IntegrationTestBase {

    @ParameterizedTest
    @ValueSource(strings = {"-290000-01-01T00:00:00Z", "1500-01-01T00:00:00Z", "+294276-12-31T23:59:59Z"})
    void anEventWithADateOutsideTheCalendarsIsConsumedWithoutADeadLetter(String date) {
        String caseId = "range-" + UUID.randomUUID();
        Instant outside = Instant.parse(date);
        String submitted = publishCaseEvent(UUID.randomUUID().toString(), caseId, CaseSubmitted.TYPE,
                new CaseSubmitted(caseId, "M01", HandlingCategory.PROMISED, "W-RANGE", "D-RANGE", outside, List.of(),
                        "case:" + caseId));
        String accepted = publishCaseEvent(UUID.randomUUID().toString(), caseId, CaseAccepted.TYPE,
                accepted(caseId, outside));
        await().atMost(Duration.ofSeconds(30)).until(() -> processed(submitted) && processed(accepted));
        assertThat(deadLetters(submitted) + deadLetters(accepted)).isZero();
        assertThat(jdbc.sql("select count(*) from deadline_clock where case_id = :c").param("c", caseId)
                .query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from supplement_notice_check where case_id = :c").param("c", caseId)
                .query(Integer.class).single()).isZero();

        publishCaseEvent(caseId, CaseAccepted.TYPE, accepted(caseId, Instant.parse("2025-11-03T02:00:00Z")));
        await().atMost(Duration.ofSeconds(20)).until(() -> published(caseId, DeadlineStarted.TYPE).size() == 1);
    }

    private static CaseAccepted accepted(String caseId, Instant at) {
        return new CaseAccepted(caseId, "M01", "不动产登记", HandlingCategory.PROMISED, "W-RANGE", "D-RANGE", at, 10,
                20, 30, List.of(), "clerk-W-RANGE", "case:" + caseId, true, true);
    }

    private boolean processed(String eventId) {
        return jdbc.sql("select count(*) from processed_event where consumer = :c and event_id = :id")
                .param("c", CaseEventsListener.CONSUMER).param("id", eventId).query(Integer.class).single() > 0;
    }

    private int deadLetters(String eventId) {
        return jdbc.sql("select count(*) from dead_letter where event_id = :id").param("id", eventId)
                .query(Integer.class).single();
    }
}
