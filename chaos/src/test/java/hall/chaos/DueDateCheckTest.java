package hall.chaos;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** The checker's own due-date rule: acceptance day in the hall's zone plus limit, extensions and suspensions. */
class DueDateCheckTest {

    private final StoreCheck check = new StoreCheck(db -> "unused", "chaos", ZoneId.of("Asia/Shanghai"));

    // 2026-11-29T17:00Z is Monday 30 November, 01:00 in the hall
    private static final Instant ACCEPTED = Instant.parse("2026-11-29T17:00:00Z");

    private static StoreCheck.StoredCase promised(int limit) {
        return new StoreCheck.StoredCase("C1", "chaos-1", "ACCEPTED", "PROMISED", ACCEPTED, null, null, limit,
                JsonMapper.builder().build().readTree("{\"matter\":{\"category\":\"PROMISED\"},\"jointParts\":[]}"));
    }

    private static StoreCheck.Clock clock(LocalDate acceptedOn, int limit, int suspended, LocalDate dueOn) {
        return new StoreCheck.Clock("K1", "C1", "APPLICANT", "D-MKT", ACCEPTED, acceptedOn, limit, 0, suspended,
                dueOn, null, "RUNNING", null, null);
    }

    @Test
    void aClockDueTenWorkingDaysAfterTheHallsAcceptanceDayIsRight() {
        assertThat(check.dueDateProblem(promised(10),
                clock(LocalDate.of(2026, 11, 30), 10, 0, LocalDate.of(2026, 12, 14)))).isNull();
    }

    @Test
    void aDueDateOneDayOffIsReported() {
        assertThat(check.dueDateProblem(promised(10),
                clock(LocalDate.of(2026, 11, 30), 10, 0, LocalDate.of(2026, 12, 15))))
                .contains("expected 2026-12-14");
    }

    @Test
    void suspendedWorkingDaysMoveTheDueDate() {
        assertThat(check.dueDateProblem(promised(10),
                clock(LocalDate.of(2026, 11, 30), 10, 2, LocalDate.of(2026, 12, 16)))).isNull();
    }

    @Test
    void theAcceptanceDayCountsInTheHallsZoneNotInUtc() {
        assertThat(check.dueDateProblem(promised(10),
                clock(LocalDate.of(2026, 11, 29), 10, 0, LocalDate.of(2026, 12, 11))))
                .contains("the hall date is 2026-11-30");
    }

    @Test
    void aLimitOtherThanTheMattersIsReported() {
        assertThat(check.dueDateProblem(promised(10),
                clock(LocalDate.of(2026, 11, 30), 7, 0, LocalDate.of(2026, 12, 9)))).contains("the matter says 10");
    }

    /** A supplemented case's acceptance clock, started when its materials were complete (before the acceptance). */
    private static StoreCheck.Clock acceptanceClock(Instant completeAt, LocalDate startedOn, LocalDate dueOn) {
        return new StoreCheck.Clock("K2", "C1", "ACCEPTANCE", "D-MKT", completeAt, startedOn, 1, 0, 0,
                dueOn, null, "STOPPED", "ON_TIME", ACCEPTED);
    }

    @Test
    void anAcceptanceClockCountsFromWhenTheMaterialsWereCompleteNotFromTheAcceptance() {
        // materials complete on Friday 27 November (hall time), accepted on Monday 30: due the next working day
        Instant complete = Instant.parse("2026-11-27T02:00:00Z");

        assertThat(check.dueDateProblem(promised(10),
                acceptanceClock(complete, LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 30)))).isNull();
        assertThat(check.dueDateProblem(promised(10),
                acceptanceClock(complete, LocalDate.of(2026, 11, 27), LocalDate.of(2026, 12, 1))))
                .contains("expected 2026-11-30");
    }

    @Test
    void anAcceptanceClockStartedAfterTheAcceptanceIsReported() {
        assertThat(check.dueDateProblem(promised(10),
                acceptanceClock(ACCEPTED.plusSeconds(60), LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 1))))
                .contains("after the case's acceptance");
    }

    @Test
    void anAcceptedCasesAcceptanceClockIsStoppedAtTheLatestWhenTheWindowActed() {
        Instant complete = Instant.parse("2026-11-27T02:00:00Z");
        StoreCheck.Clock stoppedAtAcceptance = acceptanceClock(complete, LocalDate.of(2026, 11, 27),
                LocalDate.of(2026, 11, 30));
        StoreCheck.Clock stoppedLater = new StoreCheck.Clock("K2", "C1", "ACCEPTANCE", "D-MKT", complete,
                LocalDate.of(2026, 11, 27), 1, 0, 0, LocalDate.of(2026, 11, 30), null, "STOPPED", "ON_TIME",
                ACCEPTED.plusSeconds(1));
        StoreCheck.Clock running = new StoreCheck.Clock("K2", "C1", "ACCEPTANCE", "D-MKT", complete,
                LocalDate.of(2026, 11, 27), 1, 0, 0, LocalDate.of(2026, 11, 30), null, "RUNNING", null, null);

        assertThat(StoreCheck.acceptanceStopProblem(promised(10), stoppedAtAcceptance)).isEmpty();
        assertThat(StoreCheck.acceptanceStopProblem(promised(10), stoppedLater)).hasValueSatisfying(
                p -> assertThat(p).contains("acceptance clock is STOPPED since " + ACCEPTED.plusSeconds(1)));
        assertThat(StoreCheck.acceptanceStopProblem(promised(10), running)).hasValueSatisfying(
                p -> assertThat(p).contains("acceptance clock is RUNNING"));
    }
}
