package hall.deadlines.clocks.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hall.deadlines.calendar.domain.BuiltInSchedules;
import hall.deadlines.calendar.domain.HolidayDay;
import hall.deadlines.calendar.domain.WorkingDayCalendar;
import hall.deadlines.calendar.domain.YearSchedule;
import hall.deadlines.events.ClockKind;
import hall.deadlines.events.DeadlineChanged;
import hall.deadlines.events.DeadlineStopped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadlineClockTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final DeadlineRules rules = new DeadlineRules(BuiltInSchedules.cn(2024, 2025, 2026), SHANGHAI,
            WarningPolicy.DEFAULT);

    private static Instant hall(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    private static ClockTerms terms(String acceptedAt, int limit) {
        return new ClockTerms("case-1", ClockKind.APPLICANT, "D01", "W01", "clerk-1", "M01", "不动产登记", "PROMISED", "CN",
                hall(acceptedAt), limit, 30, "contact-1");
    }

    @Test
    void dueAtTheEndOfTheNthWorkingDayAfterAcceptanceStoredInUtc() {
        var started = DeadlineClock.start(terms("2025-09-26T10:00", 5), rules);
        DeadlineClock clock = started.clock();
        assertThat(clock.dueOn()).isEqualTo(LocalDate.of(2025, 10, 10));
        assertThat(clock.dueAt()).isEqualTo(Instant.parse("2025-10-10T15:59:59Z"));
        assertThat(clock.provisional()).isFalse();
        assertThat(started.event().dueAt()).isEqualTo(clock.dueAt());
        assertThat(started.event().limitDays()).isEqualTo(5);
    }

    @Test
    void dueDateFollowsTheHallTimeZoneNotUtc() {
        // 2025-09-25T17:00Z is already 2025-09-26 01:00 in Shanghai
        ClockTerms t = new ClockTerms("c", ClockKind.APPLICANT, "D", "W", "h", "M", "m", "PROMISED", "CN",
                Instant.parse("2025-09-25T17:00:00Z"), 5, 0, null);
        assertThat(DeadlineClock.start(t, rules).clock().dueOn()).isEqualTo(LocalDate.of(2025, 10, 10));
    }

    @Test
    void immediateCaseIsDueAtTheEndOfItsAcceptanceDayAndGetsOnlyARedCard() {
        DeadlineClock clock = DeadlineClock.start(terms("2025-09-26T10:00", 0), rules).clock();
        assertThat(clock.dueAt()).isEqualTo(hall("2025-09-26T23:59:59"));
        assertThat(clock.escalate(hall("2025-09-26T23:00"), rules)).isEmpty();
        assertThat(clock.escalate(hall("2025-09-27T00:00"), rules)).get()
                .extracting(Escalation::to).isEqualTo(WarningLevel.RED);
    }

    @Test
    void suspensionSpanningTheNationalHolidayAddsBackOnlyItsWorkingDays() {
        DeadlineClock clock = DeadlineClock.start(terms("2025-09-22T09:00", 10), rules).clock();
        assertThat(clock.dueOn()).isEqualTo(LocalDate.of(2025, 10, 11)); // a make-up Saturday
        clock.suspend("s1", "EXPERT_REVIEW", hall("2025-09-29T15:00"), rules);
        assertThat(clock.state()).isEqualTo(ClockState.SUSPENDED);
        assertThat(clock.nextCheckAt()).isNull();
        DeadlineChanged changed = clock.resume("s1", hall("2025-10-10T09:00"), rules);
        // 09-30, 10-09 and 10-10 were suspended working days; 10-01..08 were off anyway
        assertThat(clock.suspendedWorkingDays()).isEqualTo(3);
        assertThat(clock.dueOn()).isEqualTo(LocalDate.of(2025, 10, 15));
        assertThat(changed.previousDueAt()).isEqualTo(hall("2025-10-11T23:59:59"));
        assertThat(changed.dueAt()).isEqualTo(hall("2025-10-15T23:59:59"));
        assertThat(changed.cause()).isEqualTo("RESUMED");

        WorkingTime time = clock.workingTime(hall("2025-10-13T12:00"), rules);
        // elapsed 09-23..26, 28, 29, 30, 10-09, 10-10, 10-11, 10-13 = 11; suspended 3; actual 8
        assertThat(time).isEqualTo(new WorkingTime(11, 3, 8, 2));
    }

    @Test
    void completionStopsTheClockOnTimeOrLateWithWorkingDaysUsed() {
        DeadlineClock onTime = DeadlineClock.start(terms("2025-09-26T10:00", 5), rules).clock();
        DeadlineStopped stopped = onTime.complete(hall("2025-10-10T15:00"), rules);
        assertThat(stopped.outcome()).isEqualTo("ON_TIME");
        assertThat(stopped.usedWorkingDays()).isEqualTo(5);
        assertThat(onTime.nextCheckAt()).isNull();
        assertThatThrownBy(() -> onTime.complete(hall("2025-10-10T16:00"), rules))
                .isInstanceOf(ClockStateException.class);

        DeadlineClock late = DeadlineClock.start(terms("2025-09-26T10:00", 5), rules).clock();
        DeadlineStopped lateStop = late.complete(hall("2025-10-11T09:00"), rules);
        assertThat(lateStop.outcome()).isEqualTo("LATE");
        assertThat(lateStop.usedWorkingDays()).isEqualTo(6);
    }

    @Test
    void completionWhileSuspendedClosesTheSuspensionFirst() {
        DeadlineClock clock = DeadlineClock.start(terms("2025-09-26T10:00", 5), rules).clock();
        clock.suspend("s1", "TESTING", hall("2025-09-28T10:00"), rules);
        DeadlineStopped stopped = clock.complete(hall("2025-10-13T10:00"), rules);
        // suspended 09-29, 09-30, 10-09, 10-10, 10-11, 10-13 = 6; elapsed 7 (with 09-28)
        assertThat(stopped.suspendedWorkingDays()).isEqualTo(6);
        assertThat(stopped.usedWorkingDays()).isEqualTo(1);
        assertThat(stopped.outcome()).isEqualTo("ON_TIME");
    }

    @Test
    void returnClosesTheClock() {
        DeadlineClock clock = DeadlineClock.start(terms("2025-09-26T10:00", 5), rules).clock();
        DeadlineStopped stopped = clock.close(hall("2025-09-29T10:00"), rules);
        assertThat(stopped.outcome()).isEqualTo("RETURNED");
        assertThat(clock.state()).isEqualTo(ClockState.STOPPED);
    }

    @Test
    void approvedExtensionMovesTheDeadlineByWorkingDays() {
        DeadlineClock clock = DeadlineClock.start(terms("2025-09-26T10:00", 5), rules).clock();
        DeadlineChanged changed = clock.extend(5, rules);
        assertThat(clock.dueOn()).isEqualTo(LocalDate.of(2025, 10, 16));
        assertThat(changed.cause()).isEqualTo("EXTENSION");
        assertThat(changed.previousDueAt()).isEqualTo(hall("2025-10-10T23:59:59"));
    }

    @Test
    void extensionAcrossTheYearEnd() {
        DeadlineClock clock = DeadlineClock.start(terms("2025-12-29T10:00", 2), rules).clock();
        assertThat(clock.dueOn()).isEqualTo(LocalDate.of(2025, 12, 31));
        clock.extend(2, rules);
        // 2026-01-01..03 off, 01-04 (Sunday) a make-up working day
        assertThat(clock.dueOn()).isEqualTo(LocalDate.of(2026, 1, 5));
    }

    @Test
    void yellowWhenOneWorkingDayIsLeftThenRedOnceEachLevel() {
        DeadlineClock clock = DeadlineClock.start(terms("2025-09-26T10:00", 5), rules).clock();
        assertThat(clock.warnAt()).isEqualTo(hall("2025-10-09T00:00"));
        assertThat(clock.nextCheckAt()).isEqualTo(clock.warnAt());
        assertThat(clock.escalate(hall("2025-10-08T12:00"), rules)).isEmpty();
        Escalation yellow = clock.escalate(hall("2025-10-09T08:00"), rules).orElseThrow();
        assertThat(yellow.to()).isEqualTo(WarningLevel.YELLOW);
        assertThat(yellow.remainingWorkingDays()).isEqualTo(1);
        assertThat(clock.nextCheckAt()).isAfter(clock.dueAt());
        assertThat(clock.escalate(hall("2025-10-10T08:00"), rules)).isEmpty();
        Escalation red = clock.escalate(hall("2025-10-11T00:00"), rules).orElseThrow();
        assertThat(red.to()).isEqualTo(WarningLevel.RED);
        assertThat(red.remainingWorkingDays()).isEqualTo(-1);
        assertThat(clock.nextCheckAt()).isNull();
        assertThat(clock.escalate(hall("2025-10-20T00:00"), rules)).isEmpty();
    }

    @Test
    void clockFirstSeenAfterItsDueTimeGoesStraightToRed() {
        DeadlineClock clock = DeadlineClock.start(terms("2025-09-26T10:00", 5), rules).clock();
        Escalation e = clock.escalate(hall("2025-10-13T09:00"), rules).orElseThrow();
        assertThat(e.from()).isEqualTo(WarningLevel.NONE);
        assertThat(e.to()).isEqualTo(WarningLevel.RED);
        assertThat(clock.escalate(hall("2025-10-14T09:00"), rules)).isEmpty();
    }

    @Test
    void warningThresholdIsTheLargerOfDaysLeftAndShareOfLimit() {
        assertThat(WarningPolicy.DEFAULT.thresholdDays(5)).isEqualTo(1);
        assertThat(WarningPolicy.DEFAULT.thresholdDays(20)).isEqualTo(4);
        assertThat(WarningPolicy.DEFAULT.thresholdDays(45)).isEqualTo(9);
        assertThat(new WarningPolicy(3, 0.1).thresholdDays(20)).isEqualTo(3);
    }

    @Test
    void yellowWhenTheShareOfTheLimitIsLeft() {
        // limit 20: 20 % = 4 working days left
        DeadlineClock clock = DeadlineClock.start(terms("2025-03-03T10:00", 20), rules).clock();
        assertThat(clock.dueOn()).isEqualTo(LocalDate.of(2025, 3, 31));
        assertThat(clock.warnAt()).isEqualTo(hall("2025-03-25T00:00"));
        assertThat(rules.calendar().countWorkingDays(LocalDate.of(2025, 3, 25), clock.dueOn())).isEqualTo(4);
    }

    @Test
    void suspendedClockIsNotEscalated() {
        DeadlineClock clock = DeadlineClock.start(terms("2025-09-26T10:00", 5), rules).clock();
        clock.suspend("s1", "HEARING", hall("2025-09-29T10:00"), rules);
        assertThat(clock.escalate(hall("2025-12-01T00:00"), rules)).isEmpty();
    }

    @Test
    void deadlineInAYearWithoutScheduleIsProvisionalAndCorrectedWhenTheYearIsLoaded() {
        DeadlineRules only2026 = new DeadlineRules(BuiltInSchedules.cn(2026), SHANGHAI, WarningPolicy.DEFAULT);
        DeadlineClock clock = DeadlineClock.start(terms("2026-12-20T10:00", 10), only2026).clock();
        assertThat(clock.dueOn()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(clock.provisional()).isTrue();

        WorkingDayCalendar with2027 = new WorkingDayCalendar("CN", List.of(BuiltInSchedules.year(2026),
                new YearSchedule("CN", 2027, List.of(new HolidayDay(LocalDate.of(2027, 1, 1), "元旦")), List.of())));
        DeadlineRules corrected = new DeadlineRules(with2027, SHANGHAI, WarningPolicy.DEFAULT);
        DeadlineChanged changed = clock.recalculate(corrected).orElseThrow();
        assertThat(changed.cause()).isEqualTo("CALENDAR");
        assertThat(changed.provisional()).isFalse();
        assertThat(clock.dueOn()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(clock.recalculate(corrected)).isEmpty();
    }

    @Test
    void restoredClockKeepsItsStoredDeadlineUntilRecalculated() {
        DeadlineRules only2026 = new DeadlineRules(BuiltInSchedules.cn(2026), SHANGHAI, WarningPolicy.DEFAULT);
        DeadlineClock clock = DeadlineClock.start(terms("2026-12-20T10:00", 10), only2026).clock();
        clock.extend(1, only2026);
        DeadlineClock restored = DeadlineClock.restore(clock.id(), clock.terms(), clock.extensionDays(),
                clock.state(), clock.suspensions(), clock.level(), null, null, null, clock.derived(), rules);
        assertThat(restored.dueAt()).isEqualTo(clock.dueAt());
        assertThat(restored.nextCheckAt()).isEqualTo(clock.nextCheckAt());
        DeadlineRules with2027 = new DeadlineRules(new WorkingDayCalendar("CN", List.of(BuiltInSchedules.year(2026),
                new YearSchedule("CN", 2027, List.of(new HolidayDay(LocalDate.of(2027, 1, 1), "元旦")), List.of()))),
                SHANGHAI, WarningPolicy.DEFAULT);
        DeadlineChanged changed = restored.recalculate(with2027).orElseThrow();
        assertThat(changed.previousDueAt()).isEqualTo(clock.dueAt());
        assertThat(restored.dueOn()).isEqualTo(LocalDate.of(2027, 1, 5));
    }
}
