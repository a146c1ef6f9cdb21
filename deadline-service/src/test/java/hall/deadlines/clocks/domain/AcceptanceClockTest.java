package hall.deadlines.clocks.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hall.deadlines.events.ClockKind;
import hall.deadlines.events.DeadlineBreached;
import hall.deadlines.events.DeadlineEvent;
import hall.deadlines.events.DeadlineStopped;
import hall.workingdays.BuiltInSchedules;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The acceptance clock of a case whose supplemented materials are complete. */
class AcceptanceClockTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final DeadlineRules rules = new DeadlineRules(BuiltInSchedules.cn(2024, 2025, 2026), SHANGHAI,
            WarningPolicy.DEFAULT);

    private static Instant hall(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    private static ClockTerms complete(String at, int workingDays) {
        return AcceptanceClock.terms("case-1", true, hall(at), "W01", "D01", "M01", "CN", workingDays).orElseThrow();
    }

    @Test
    void completeMaterialsStartTheWindowsAcceptanceClockOfOneWorkingDayByDefault() {
        ClockTerms terms = complete("2025-09-26T10:00", 1);
        assertThat(terms.kind()).isEqualTo(ClockKind.ACCEPTANCE);
        assertThat(terms.windowCode()).isEqualTo("W01");
        assertThat(terms.departmentCode()).isEqualTo("D01");
        assertThat(terms.extensionCapDays()).isZero();
        // Friday 26 September 2025: the next working day is the make-up Sunday 28 September
        DeadlineClock clock = DeadlineClock.start(terms, rules).clock();
        assertThat(clock.dueOn()).isEqualTo(LocalDate.of(2025, 9, 28));
        assertThat(clock.dueAt()).isEqualTo(Instant.parse("2025-09-28T15:59:59Z"));
    }

    @Test
    void theLimitIsConfigurableInWorkingDaysAndAtLeastOne() {
        // Monday 29 September 2025 + 2 working days: the National Day holiday starts on 1 October
        DeadlineClock clock = DeadlineClock.start(complete("2025-09-29T10:00", 2), rules).clock();
        assertThat(clock.dueOn()).isEqualTo(LocalDate.of(2025, 10, 9));
        assertThatThrownBy(() -> complete("2025-09-29T10:00", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noClockWhileItemsAreMissingOrWhenTheWindowIsUnknown() {
        assertThat(AcceptanceClock.terms("case-1", false, hall("2025-09-26T10:00"), "W01", "D01", "M01", "CN", 1))
                .isEmpty();
        assertThat(AcceptanceClock.terms("case-1", true, hall("2025-09-26T10:00"), null, "D01", "M01", "CN", 1))
                .isEmpty();
    }

    @Test
    void theSupervisionOfficeGetsTheRedCardOnceTheLimitHasPassedWithoutAcceptanceAndNoYellowBefore() {
        DeadlineClock clock = DeadlineClock.start(complete("2025-11-03T10:00", 1), rules).clock();
        assertThat(clock.escalate(hall("2025-11-03T18:00"), rules)).isEmpty();
        assertThat(clock.escalate(hall("2025-11-04T23:59:59"), rules)).isEmpty();
        List<DeadlineEvent> breached = clock.escalate(hall("2025-11-05T00:00:01"), rules);
        assertThat(breached).singleElement().isInstanceOf(DeadlineBreached.class);
        assertThat(((DeadlineBreached) breached.getFirst()).kind()).isEqualTo(ClockKind.ACCEPTANCE);
        assertThat(((DeadlineBreached) breached.getFirst()).windowCode()).isEqualTo("W01");

        DeadlineClock accepted = DeadlineClock.start(complete("2025-11-03T10:00", 1), rules).clock();
        List<DeadlineEvent> stopped = accepted.complete(hall("2025-11-04T16:00"), rules);
        assertThat(stopped).singleElement().isInstanceOf(DeadlineStopped.class);
        assertThat(((DeadlineStopped) stopped.getFirst()).outcome()).isEqualTo("ON_TIME");
    }
}
