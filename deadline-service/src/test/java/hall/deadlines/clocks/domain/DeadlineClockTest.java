package hall.deadlines.clocks.domain;

import hall.deadlines.events.DeadlineEvent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import hall.workingdays.BuiltInSchedules;
import hall.workingdays.HolidayDay;
import hall.workingdays.WorkingDayCalendar;
import hall.workingdays.YearSchedule;
import hall.deadlines.events.ClockKind;
import hall.deadlines.events.DeadlineBreached;
import hall.deadlines.events.DeadlineChanged;
import hall.deadlines.events.DeadlineStopped;
import hall.deadlines.events.DeadlineWarning;
import hall.deadlines.events.DeadlineSuspended;
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

    private static DeadlineStopped stop(List<DeadlineEvent> events) {
        return only(DeadlineStopped.class, events.subList(events.size() - 1, events.size()));
    }

    private static <T> T only(Class<T> type, List<DeadlineEvent> events) {
        assertThat(events).singleElement().isInstanceOf(type);
        return type.cast(events.getFirst());
    }

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
        assertThat(started.event().caseId()).isEqualTo("case-1");
        assertThat(started.event().kind()).isEqualTo(ClockKind.APPLICANT);
        assertThat(started.event().departmentCode()).isEqualTo("D01");
        assertThat(started.event().windowCode()).isEqualTo("W01");
        assertThat(started.event().provisional()).isFalse();
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
        assertThat(clock.escalate(hall("2025-09-27T00:00"), rules)).singleElement()
                .isInstanceOf(DeadlineBreached.class);
        assertThat(clock.level()).isEqualTo(WarningLevel.RED);
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
        assertThat(changed.caseId()).isEqualTo("case-1");
        assertThat(changed.kind()).isEqualTo(ClockKind.APPLICANT);
        assertThat(changed.clockId()).isEqualTo(clock.id());

        WorkingTime time = clock.workingTime(hall("2025-10-13T12:00"), rules);
        // elapsed 09-23..26, 28, 29, 30, 10-09, 10-10, 10-11, 10-13 = 11; suspended 3; actual 8
        assertThat(time).isEqualTo(new WorkingTime(11, 3, 8, 2));
    }

    @Test
    void completionStopsTheClockOnTimeOrLateWithWorkingDaysUsed() {
        DeadlineClock onTime = DeadlineClock.start(terms("2025-09-26T10:00", 5), rules).clock();
        DeadlineStopped stopped = stop(onTime.complete(hall("2025-10-10T15:00"), rules));
        assertThat(stopped.outcome()).isEqualTo("ON_TIME");
        assertThat(stopped.usedWorkingDays()).isEqualTo(5);
        assertThat(stopped.caseId()).isEqualTo("case-1");
        assertThat(stopped.kind()).isEqualTo(ClockKind.APPLICANT);
        assertThat(stopped.clockId()).isEqualTo(onTime.id());
        assertThat(onTime.nextCheckAt()).isNull();
        assertThatThrownBy(() -> onTime.complete(hall("2025-10-10T16:00"), rules))
                .isInstanceOf(ClockStateViolation.class);

        DeadlineClock late = DeadlineClock.start(terms("2025-09-26T10:00", 5), rules).clock();
        DeadlineStopped lateStop = stop(late.complete(hall("2025-10-11T09:00"), rules));
        assertThat(lateStop.outcome()).isEqualTo("LATE");
        assertThat(lateStop.usedWorkingDays()).isEqualTo(6);
    }

    @Test
    void completionInTheLastSecondOfTheDueDayIsOnTimeAndAtMidnightAfterItLate() {
        DeadlineClock lastSecond = DeadlineClock.start(terms("2025-09-26T10:00", 5), rules).clock();
        assertThat(lastSecond.dueAt()).isEqualTo(hall("2025-10-10T23:59:59"));
        DeadlineStopped onTime = stop(lastSecond.complete(hall("2025-10-10T23:59:59.500"), rules));
        assertThat(onTime.outcome()).isEqualTo("ON_TIME");
        assertThat(lastSecond.outcome()).isEqualTo(Outcome.ON_TIME);
        assertThat(lastSecond.dueAt()).isEqualTo(hall("2025-10-10T23:59:59"));

        DeadlineClock midnight = DeadlineClock.start(terms("2025-09-26T10:00", 5), rules).clock();
        DeadlineStopped late = stop(midnight.complete(hall("2025-10-11T00:00:00"), rules));
        assertThat(late.outcome()).isEqualTo("LATE");
        assertThat(midnight.outcome()).isEqualTo(Outcome.LATE);
    }

    @Test
    void suspensionReturnsTheSuspendedEvent() {
        DeadlineClock clock = DeadlineClock.start(terms("2025-09-26T10:00", 5), rules).clock();
        DeadlineSuspended suspended = clock.suspend("s1", "TESTING", hall("2025-09-29T10:00"), rules);
        assertThat(suspended).isEqualTo(new DeadlineSuspended("case-1", clock.id(), ClockKind.APPLICANT, "TESTING",
                hall("2025-09-29T10:00")));
        assertThat(clock.state()).isEqualTo(ClockState.SUSPENDED);
    }

    @Test
    void completionWhileSuspendedClosesTheSuspensionFirst() {
        DeadlineClock clock = DeadlineClock.start(terms("2025-09-26T10:00", 5), rules).clock();
        clock.suspend("s1", "TESTING", hall("2025-09-28T10:00"), rules);
        DeadlineStopped stopped = stop(clock.complete(hall("2025-10-13T10:00"), rules));
        // suspended 09-29, 09-30, 10-09, 10-10, 10-11, 10-13 = 6; elapsed 7 (with 09-28)
        assertThat(stopped.suspendedWorkingDays()).isEqualTo(6);
        assertThat(stopped.usedWorkingDays()).isEqualTo(1);
        assertThat(stopped.outcome()).isEqualTo("ON_TIME");
    }

    @Test
    void returnClosesTheClock() {
        DeadlineClock clock = DeadlineClock.start(terms("2025-09-26T10:00", 5), rules).clock();
        DeadlineStopped stopped = stop(clock.close(hall("2025-09-29T10:00"), rules));
        assertThat(stopped.outcome()).isEqualTo("RETURNED");
        assertThat(clock.state()).isEqualTo(ClockState.STOPPED);
    }

    @Test
    void approvedExtensionMovesTheDeadlineByWorkingDays() {
        DeadlineClock clock = DeadlineClock.start(terms("2025-09-26T10:00", 5), rules).clock();
        DeadlineChanged changed = only(DeadlineChanged.class, clock.extend(5, clock.terms().acceptedAt(), rules));
        assertThat(clock.dueOn()).isEqualTo(LocalDate.of(2025, 10, 16));
        assertThat(changed.cause()).isEqualTo("EXTENSION");
        assertThat(changed.previousDueAt()).isEqualTo(hall("2025-10-10T23:59:59"));
    }

    @Test
    void extensionAcrossTheYearEnd() {
        DeadlineClock clock = DeadlineClock.start(terms("2025-12-29T10:00", 2), rules).clock();
        assertThat(clock.dueOn()).isEqualTo(LocalDate.of(2025, 12, 31));
        clock.extend(2, clock.terms().acceptedAt(), rules);
        // 2026-01-01..03 off, 01-04 (Sunday) a make-up working day
        assertThat(clock.dueOn()).isEqualTo(LocalDate.of(2026, 1, 5));
    }

    @Test
    void yellowWhenOneWorkingDayIsLeftThenRedOnceEachLevel() {
        DeadlineClock clock = DeadlineClock.start(terms("2025-09-26T10:00", 5), rules).clock();
        assertThat(clock.warnAt()).isEqualTo(hall("2025-10-09T00:00"));
        assertThat(clock.nextCheckAt()).isEqualTo(clock.warnAt());
        assertThat(clock.escalate(hall("2025-10-08T12:00"), rules)).isEmpty();
        DeadlineWarning yellow = only(DeadlineWarning.class, clock.escalate(hall("2025-10-09T08:00"), rules));
        assertThat(clock.level()).isEqualTo(WarningLevel.YELLOW);
        assertThat(yellow.remainingWorkingDays()).isEqualTo(1);
        assertThat(yellow.dueAt()).isEqualTo(clock.dueAt());
        assertThat(yellow.windowCode()).isEqualTo("W01");
        assertThat(yellow.warnedAt()).isEqualTo(hall("2025-10-09T08:00"));
        // the red card is checked at the first instant after the due day
        assertThat(clock.nextCheckAt()).isEqualTo(hall("2025-10-11T00:00"));
        assertThat(clock.escalate(hall("2025-10-10T08:00"), rules)).isEmpty();
        DeadlineBreached red = only(DeadlineBreached.class, clock.escalate(hall("2025-10-11T00:00"), rules));
        assertThat(clock.level()).isEqualTo(WarningLevel.RED);
        assertThat(red.breachedAt()).isEqualTo(hall("2025-10-11T00:00"));
        assertThat(red.handlerId()).isEqualTo("clerk-1");
        assertThat(red.accountabilityId()).isNotBlank();
        assertThat(clock.nextCheckAt()).isNull();
        assertThat(clock.escalate(hall("2025-10-20T00:00"), rules)).isEmpty();
    }

    @Test
    void clockFirstSeenAfterItsDueTimeGoesStraightToRed() {
        DeadlineClock clock = DeadlineClock.start(terms("2025-09-26T10:00", 5), rules).clock();
        assertThat(clock.escalate(hall("2025-10-13T09:00"), rules)).singleElement()
                .isInstanceOf(DeadlineBreached.class);
        assertThat(clock.level()).isEqualTo(WarningLevel.RED);
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
        // New Year's Day 2027 is off by law even before the year's schedule is published
        assertThat(clock.dueOn()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(clock.provisional()).isTrue();

        // a (hypothetical) schedule that bridges Monday 2027-01-04 too
        WorkingDayCalendar with2027 = new WorkingDayCalendar("CN", List.of(BuiltInSchedules.year(2026),
                new YearSchedule("CN", 2027, List.of(new HolidayDay(LocalDate.of(2027, 1, 1), "元旦"),
                        new HolidayDay(LocalDate.of(2027, 1, 4), "元旦")), List.of())));
        DeadlineRules corrected = new DeadlineRules(with2027, SHANGHAI, WarningPolicy.DEFAULT);
        DeadlineChanged changed = only(DeadlineChanged.class, clock.recalculate(corrected));
        assertThat(changed.cause()).isEqualTo("CALENDAR");
        assertThat(changed.provisional()).isFalse();
        assertThat(clock.dueOn()).isEqualTo(LocalDate.of(2027, 1, 5));
        assertThat(clock.recalculate(corrected)).isEmpty();
    }

    @Test
    void restoredClockKeepsItsStoredDeadlineUntilRecalculated() {
        DeadlineRules only2026 = new DeadlineRules(BuiltInSchedules.cn(2026), SHANGHAI, WarningPolicy.DEFAULT);
        DeadlineClock clock = DeadlineClock.start(terms("2026-12-20T10:00", 10), only2026).clock();
        clock.extend(1, clock.terms().acceptedAt(), only2026);
        DeadlineClock restored = DeadlineClock.restore(clock.id(), clock.terms(), clock.extensionDays(),
                clock.state(), clock.suspensions(), clock.level(), null, null, null, clock.derived(), rules);
        assertThat(restored.derived()).isEqualTo(clock.derived());
        assertThat(restored.provisional()).isTrue();
        assertThat(restored.dueOn()).isEqualTo(LocalDate.of(2027, 1, 5));
        DeadlineRules with2027 = new DeadlineRules(new WorkingDayCalendar("CN", List.of(BuiltInSchedules.year(2026),
                new YearSchedule("CN", 2027, List.of(new HolidayDay(LocalDate.of(2027, 1, 1), "元旦"),
                        new HolidayDay(LocalDate.of(2027, 1, 4), "元旦")), List.of()))),
                SHANGHAI, WarningPolicy.DEFAULT);
        DeadlineChanged changed = only(DeadlineChanged.class, restored.recalculate(with2027));
        assertThat(changed.previousDueAt()).isEqualTo(clock.dueAt());
        assertThat(restored.dueOn()).isEqualTo(LocalDate.of(2027, 1, 6));
    }

    @Test
    void clockIsIdentifiedAndKnowsItsHallAcceptanceDay() {
        // 2025-09-25T17:00Z is 2025-09-26 01:00 in Shanghai: the acceptance day is the hall's date
        ClockTerms t = new ClockTerms("case-9", ClockKind.DEPARTMENT, "D02", "W01", "h", "M", "m", "PROMISED", "CN",
                Instant.parse("2025-09-25T17:00:00Z"), 5, 0, null);
        var started = DeadlineClock.start(t, rules);
        DeadlineClock clock = started.clock();
        assertThat(clock.id()).isNotBlank().isEqualTo(started.event().clockId());
        assertThat(clock.caseId()).isEqualTo("case-9");
        assertThat(clock.kind()).isEqualTo(ClockKind.DEPARTMENT);
        assertThat(clock.acceptedOn()).isEqualTo(LocalDate.of(2025, 9, 26));
        assertThat(clock.outcome()).isNull();
        assertThat(clock.usedWorkingDays()).isNull();
        assertThat(clock.stoppedAt()).isNull();
    }

    @Test
    void completedClockRecordsOutcomeWorkingDaysUsedAndStopInstant() {
        DeadlineClock clock = DeadlineClock.start(terms("2025-09-26T10:00", 5), rules).clock();
        clock.complete(hall("2025-10-09T15:00"), rules);
        assertThat(clock.state()).isEqualTo(ClockState.STOPPED);
        assertThat(clock.outcome()).isEqualTo(Outcome.ON_TIME);
        assertThat(clock.usedWorkingDays()).isEqualTo(4);
        assertThat(clock.stoppedAt()).isEqualTo(hall("2025-10-09T15:00"));
        // working time is frozen at the stop
        assertThat(clock.workingTime(hall("2025-12-01T00:00"), rules)).isEqualTo(new WorkingTime(4, 0, 4, 1));
    }

    @Test
    void suspensionIsRecordedWithItsHallDays() {
        DeadlineClock clock = DeadlineClock.start(terms("2025-09-26T10:00", 5), rules).clock();
        clock.suspend("s1", "HEARING", hall("2025-09-29T10:00"), rules);
        assertThat(clock.suspensions()).singleElement().satisfies(s -> {
            assertThat(s.suspensionId()).isEqualTo("s1");
            assertThat(s.suspendedOn()).isEqualTo(LocalDate.of(2025, 9, 29));
            assertThat(s.open()).isTrue();
        });
        clock.resume("s1", hall("2025-09-30T10:00"), rules);
        assertThat(clock.suspensions()).singleElement().satisfies(s -> {
            assertThat(s.resumedOn()).isEqualTo(LocalDate.of(2025, 9, 30));
            assertThat(s.open()).isFalse();
        });
        // 09-30, the day of resumption, is added back
        assertThat(clock.suspendedWorkingDays()).isEqualTo(1);
        assertThat(clock.dueOn()).isEqualTo(LocalDate.of(2025, 10, 11));
    }

    @Test
    void workingTimeWhileSuspendedCountsTheOpenSuspension() {
        DeadlineClock clock = DeadlineClock.start(terms("2025-09-26T10:00", 5), rules).clock();
        clock.suspend("s1", "TESTING", hall("2025-09-28T10:00"), rules);
        // elapsed 09-28, 09-29, 09-30, 10-09, 10-10; suspended since 09-28: 09-29, 09-30, 10-09, 10-10
        assertThat(clock.workingTime(hall("2025-10-10T12:00"), rules)).isEqualTo(new WorkingTime(5, 4, 1, 0));
    }

    @Test
    void returnWhileSuspendedClosesTheSuspensionAndCountsOnlyActualWorkingDays() {
        DeadlineClock clock = DeadlineClock.start(terms("2025-09-26T10:00", 5), rules).clock();
        clock.suspend("s1", "TESTING", hall("2025-09-28T10:00"), rules);
        DeadlineStopped stopped = stop(clock.close(hall("2025-10-13T10:00"), rules));
        assertThat(stopped.outcome()).isEqualTo("RETURNED");
        // suspended 09-29, 09-30, 10-09, 10-10, 10-11, 10-13 = 6; elapsed 7 (with 09-28)
        assertThat(stopped.suspendedWorkingDays()).isEqualTo(6);
        assertThat(stopped.usedWorkingDays()).isEqualTo(1);
        assertThat(clock.suspensions()).singleElement().satisfies(s -> assertThat(s.open()).isFalse());
        assertThat(clock.outcome()).isEqualTo(Outcome.RETURNED);
        assertThat(clock.nextCheckAt()).isNull();
    }

    @Test
    void returnedClockCountsItsWorkingDaysUsed() {
        DeadlineClock clock = DeadlineClock.start(terms("2025-09-26T10:00", 5), rules).clock();
        DeadlineStopped stopped = stop(clock.close(hall("2025-09-29T10:00"), rules));
        // 09-28 (make-up Sunday) and 09-29
        assertThat(stopped.usedWorkingDays()).isEqualTo(2);
        assertThat(stopped.stoppedAt()).isEqualTo(hall("2025-09-29T10:00"));
    }

    @Test
    void stoppedClockCanBeNeitherExtendedNorClosedNorSuspended() {
        DeadlineClock clock = DeadlineClock.start(terms("2025-09-26T10:00", 5), rules).clock();
        clock.complete(hall("2025-10-09T10:00"), rules);
        assertThatThrownBy(() -> clock.extend(2, clock.terms().acceptedAt(), rules)).isInstanceOf(ClockStateViolation.class);
        assertThatThrownBy(() -> clock.close(hall("2025-10-09T11:00"), rules)).isInstanceOf(ClockStateViolation.class);
        assertThatThrownBy(() -> clock.suspend("s", "HEARING", hall("2025-10-09T11:00"), rules))
                .isInstanceOf(ClockStateViolation.class);
        assertThatThrownBy(() -> clock.resume("s", hall("2025-10-09T11:00"), rules))
                .isInstanceOf(ClockStateViolation.class);
        assertThat(clock.dueOn()).isEqualTo(LocalDate.of(2025, 10, 10));
        assertThat(clock.outcome()).isEqualTo(Outcome.ON_TIME);
    }

    @Test
    void extensionMustBeAtLeastOneWorkingDay() {
        DeadlineClock clock = DeadlineClock.start(terms("2025-09-26T10:00", 5), rules).clock();
        assertThatThrownBy(() -> clock.extend(0, clock.terms().acceptedAt(), rules)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> clock.extend(-1, clock.terms().acceptedAt(), rules)).isInstanceOf(IllegalArgumentException.class);
        assertThat(clock.extensionDays()).isZero();
        clock.extend(1, clock.terms().acceptedAt(), rules);
        assertThat(clock.extensionDays()).isEqualTo(1);
        assertThat(clock.dueOn()).isEqualTo(LocalDate.of(2025, 10, 11));
    }

    @Test
    void warningPolicyAcceptsZeroToWholeLimitAndRefusesTheRest() {
        assertThat(new WarningPolicy(0, 0.0).thresholdDays(20)).isZero();
        assertThat(new WarningPolicy(0, 1.0).thresholdDays(20)).isEqualTo(20);
        assertThatThrownBy(() -> new WarningPolicy(-1, 0.2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WarningPolicy(1, -0.01)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WarningPolicy(1, 1.01)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void warningLevelsAreStoredByOrdinalInRisingOrder() {
        assertThat(WarningLevel.of(0)).isEqualTo(WarningLevel.NONE);
        assertThat(WarningLevel.of(1)).isEqualTo(WarningLevel.YELLOW);
        assertThat(WarningLevel.of(2)).isEqualTo(WarningLevel.RED);
    }

    @Test
    void negativeLimitOrCapIsRefused() {
        assertThatThrownBy(() -> terms("2025-09-26T10:00", -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClockTerms("c", ClockKind.APPLICANT, "D", "W", "h", "M", "m", "PROMISED", "CN",
                hall("2025-09-26T10:00"), 5, -1, null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new ClockTerms("c", ClockKind.APPLICANT, "D", "W", "h", "M", "m", "PROMISED", "CN",
                hall("2025-09-26T10:00"), 0, 0, null).limitDays()).isZero();
    }

    @Test
    void immediateCaseIsCheckedForItsRedCardRightAfterItsDueTime() {
        DeadlineClock clock = DeadlineClock.start(terms("2025-09-27T10:00", 0), rules).clock();
        // accepted on an ordinary Saturday: still due the same day
        assertThat(clock.dueOn()).isEqualTo(LocalDate.of(2025, 9, 27));
        assertThat(clock.warnAt()).isNull();
        assertThat(clock.nextCheckAt()).isEqualTo(hall("2025-09-28T00:00"));
    }

    @Test
    void warningNeverPrecedesAcceptance() {
        // limit 1: due on the make-up Sunday 2025-09-28, one working day is left from the acceptance day on
        DeadlineClock clock = DeadlineClock.start(terms("2025-09-26T10:00", 1), rules).clock();
        assertThat(clock.dueOn()).isEqualTo(LocalDate.of(2025, 9, 28));
        assertThat(clock.warnAt()).isEqualTo(hall("2025-09-26T10:00"));
        assertThat(clock.nextCheckAt()).isEqualTo(hall("2025-09-26T10:00"));
    }

    @Test
    void correctedScheduleOfALoadedYearMovesTheDeadline() {
        DeadlineClock clock = DeadlineClock.start(terms("2025-09-26T10:00", 5), rules).clock();
        YearSchedule y2025 = BuiltInSchedules.year(2025);
        // a correction that drops the make-up working day 2025-09-28
        YearSchedule corrected = new YearSchedule("CN", 2025, y2025.daysOff(), y2025.workingDays().stream()
                .filter(d -> !d.date().equals(LocalDate.of(2025, 9, 28))).toList());
        DeadlineRules correctedRules = new DeadlineRules(new WorkingDayCalendar("CN",
                List.of(BuiltInSchedules.year(2024), corrected, BuiltInSchedules.year(2026))), SHANGHAI,
                WarningPolicy.DEFAULT);
        DeadlineChanged changed = only(DeadlineChanged.class, clock.recalculate(correctedRules));
        assertThat(changed.cause()).isEqualTo("CALENDAR");
        assertThat(changed.provisional()).isFalse();
        assertThat(changed.previousDueAt()).isEqualTo(hall("2025-10-10T23:59:59"));
        assertThat(changed.dueAt()).isEqualTo(hall("2025-10-11T23:59:59"));
        assertThat(clock.recalculate(correctedRules)).isEmpty();
    }

    @Test
    void deadlineNoLongerProvisionalIsPublishedEvenIfTheDateStays() {
        DeadlineRules only2026 = new DeadlineRules(BuiltInSchedules.cn(2026), SHANGHAI, WarningPolicy.DEFAULT);
        DeadlineClock clock = DeadlineClock.start(terms("2026-12-20T10:00", 12), only2026).clock();
        assertThat(clock.dueOn()).isEqualTo(LocalDate.of(2027, 1, 6));
        assertThat(clock.provisional()).isTrue();
        // a (hypothetical) 2027 schedule that keeps early January as the law fixes it
        DeadlineRules with2027 = new DeadlineRules(new WorkingDayCalendar("CN", List.of(BuiltInSchedules.year(2026),
                new YearSchedule("CN", 2027, List.of(new HolidayDay(LocalDate.of(2027, 1, 1), "元旦"),
                        new HolidayDay(LocalDate.of(2027, 2, 8), "春节")), List.of()))),
                SHANGHAI, WarningPolicy.DEFAULT);
        DeadlineChanged changed = only(DeadlineChanged.class, clock.recalculate(with2027));
        assertThat(changed.dueAt()).isEqualTo(changed.previousDueAt());
        assertThat(changed.provisional()).isFalse();
        assertThat(clock.provisional()).isFalse();
    }

    @Test
    void stoppedClockPublishesNoCalendarChange() {
        DeadlineRules only2026 = new DeadlineRules(BuiltInSchedules.cn(2026), SHANGHAI, WarningPolicy.DEFAULT);
        DeadlineClock clock = DeadlineClock.start(terms("2026-12-20T10:00", 10), only2026).clock();
        clock.complete(hall("2026-12-30T10:00"), only2026);
        DeadlineRules with2027 = new DeadlineRules(new WorkingDayCalendar("CN", List.of(BuiltInSchedules.year(2026),
                new YearSchedule("CN", 2027, List.of(new HolidayDay(LocalDate.of(2027, 1, 1), "元旦")), List.of()))),
                SHANGHAI, WarningPolicy.DEFAULT);
        assertThat(clock.recalculate(with2027)).isEmpty();
        assertThat(clock.outcome()).isEqualTo(Outcome.ON_TIME);
    }

    @Test
    void completionWhileSuspendedAgainKeepsEarlierSuspensionsAsTheyWere() {
        DeadlineClock clock = DeadlineClock.start(terms("2025-09-26T10:00", 5), rules).clock();
        clock.suspend("s1", "HEARING", hall("2025-09-29T10:00"), rules);
        clock.resume("s1", hall("2025-09-30T10:00"), rules);
        clock.suspend("s2", "TESTING", hall("2025-10-09T10:00"), rules);
        DeadlineStopped stopped = stop(clock.complete(hall("2025-10-13T10:00"), rules));
        // s1: 09-30; s2: 10-10, 10-11, 10-13
        assertThat(clock.suspensions()).extracting(Suspension::resumedOn)
                .containsExactly(LocalDate.of(2025, 9, 30), LocalDate.of(2025, 10, 13));
        assertThat(stopped.suspendedWorkingDays()).isEqualTo(4);
        // elapsed 09-28, 29, 30, 10-09, 10, 11, 13 = 7
        assertThat(stopped.usedWorkingDays()).isEqualTo(3);
    }

    @Test
    void resumptionReportedBeforeTheSuspensionCountsNoSuspendedDays() {
        DeadlineClock clock = DeadlineClock.start(terms("2025-09-26T10:00", 5), rules).clock();
        clock.suspend("s1", "HEARING", hall("2025-09-30T10:00"), rules);
        clock.resume("s1", hall("2025-09-29T10:00"), rules);
        assertThat(clock.suspensions()).singleElement().satisfies(s -> {
            assertThat(s.resumedAt()).isEqualTo(hall("2025-09-30T10:00"));
            assertThat(s.resumedOn()).isEqualTo(LocalDate.of(2025, 9, 30));
        });
        assertThat(clock.suspendedWorkingDays()).isZero();
        assertThat(clock.dueOn()).isEqualTo(LocalDate.of(2025, 10, 10));
    }

    @Test
    void restoredStoppedClockKeepsItsOutcome() {
        DeadlineClock clock = DeadlineClock.start(terms("2025-09-26T10:00", 5), rules).clock();
        clock.suspend("s1", "HEARING", hall("2025-09-29T10:00"), rules);
        clock.resume("s1", hall("2025-09-30T10:00"), rules);
        clock.complete(hall("2025-10-13T10:00"), rules);
        DeadlineClock restored = DeadlineClock.restore(clock.id(), clock.terms(), clock.extensionDays(),
                clock.state(), clock.suspensions(), clock.level(), clock.outcome(), clock.usedWorkingDays(),
                clock.stoppedAt(), clock.derived(), rules);
        assertThat(restored.derived()).isEqualTo(clock.derived());
        assertThat(restored.suspendedWorkingDays()).isEqualTo(1);
        assertThat(restored.outcome()).isEqualTo(Outcome.LATE);
        assertThat(restored.usedWorkingDays()).isEqualTo(6);
        assertThat(restored.stoppedAt()).isEqualTo(hall("2025-10-13T10:00"));
        assertThat(restored.workingTime(hall("2026-01-01T00:00"), rules))
                .isEqualTo(clock.workingTime(hall("2025-10-13T10:00"), rules));
    }

    @Test
    void completedOrReturnedOnTheAcceptanceDayUsesNoWorkingDay() {
        DeadlineClock immediate = DeadlineClock.start(terms("2025-09-26T10:00", 0), rules).clock();
        assertThat(immediate.workingTime(hall("2025-09-26T11:00"), rules)).isEqualTo(new WorkingTime(0, 0, 0, 0));
        DeadlineStopped done = stop(immediate.complete(hall("2025-09-26T11:00"), rules));
        assertThat(done.outcome()).isEqualTo("ON_TIME");
        assertThat(done.usedWorkingDays()).isZero();

        DeadlineClock returned = DeadlineClock.start(terms("2025-09-26T10:00", 5), rules).clock();
        assertThat(returned.workingTime(hall("2025-09-26T12:00"), rules)).isEqualTo(new WorkingTime(0, 0, 0, 5));
        assertThat(stop(returned.close(hall("2025-09-26T12:00"), rules)).usedWorkingDays()).isZero();
    }

    @Test
    void aLateCompletionTheScanDidNotSeeBreachesTheClockOnce() {
        DeadlineClock clock = DeadlineClock.start(terms("2025-09-26T10:00", 5), rules).clock();
        List<DeadlineEvent> events = clock.complete(hall("2025-10-11T00:00:01"), rules);
        assertThat(events).hasSize(2);
        DeadlineBreached breach = (DeadlineBreached) events.get(0);
        assertThat(breach.dueAt()).isEqualTo(hall("2025-10-10T23:59:59"));
        assertThat(breach.breachedAt()).isEqualTo(hall("2025-10-11T00:00:01"));
        assertThat(breach.accountabilityId()).isNotBlank();
        assertThat(stop(events).outcome()).isEqualTo("LATE");
        assertThat(clock.level()).isEqualTo(WarningLevel.RED);
        assertThat(clock.escalate(hall("2025-10-12T00:00"), rules)).isEmpty();
    }

    @Test
    void aCompletionAfterTheRedCardBringsNoSecondBreach() {
        DeadlineClock clock = DeadlineClock.start(terms("2025-09-26T10:00", 5), rules).clock();
        only(DeadlineBreached.class, clock.escalate(hall("2025-10-11T08:00"), rules));
        List<DeadlineEvent> events = clock.complete(hall("2025-10-13T10:00"), rules);
        assertThat(events).singleElement().isInstanceOf(DeadlineStopped.class);
        assertThat(stop(events).outcome()).isEqualTo("LATE");
    }

    @Test
    void anOnTimeCompletionBringsNoBreach() {
        DeadlineClock clock = DeadlineClock.start(terms("2025-09-26T10:00", 5), rules).clock();
        assertThat(clock.complete(hall("2025-10-10T23:59:59.900"), rules)).singleElement()
                .isInstanceOf(DeadlineStopped.class);
        assertThat(clock.level()).isEqualTo(WarningLevel.NONE);
    }

    @Test
    void aReturnAfterTheDueDayTheScanDidNotSeeIsBreachedToo() {
        DeadlineClock clock = DeadlineClock.start(terms("2025-09-26T10:00", 5), rules).clock();
        List<DeadlineEvent> events = clock.close(hall("2025-10-13T10:00"), rules);
        assertThat(events.get(0)).isInstanceOf(DeadlineBreached.class);
        assertThat(stop(events).outcome()).isEqualTo("RETURNED");
    }

    @Test
    void anExtensionIsAskedForBeforeTheDueInstant() {
        DeadlineClock clock = DeadlineClock.start(terms("2025-09-26T10:00", 5), rules).clock();
        clock.requireExtensible(hall("2025-10-10T23:59:59"), rules);
        assertThatThrownBy(() -> clock.requireExtensible(hall("2025-10-11T00:00"), rules))
                .isInstanceOf(ExtensionAfterDue.class).hasMessageContaining("case-1");
        clock.complete(hall("2025-10-09T10:00"), rules);
        assertThatThrownBy(() -> clock.requireExtensible(hall("2025-10-09T11:00"), rules))
                .isInstanceOf(ClockStateViolation.class);
    }

    @Test
    void anExtensionOfABreachedClockIsRefusedEvenWhenACorrectionMovedTheDueDayLater() {
        DeadlineClock clock = DeadlineClock.start(terms("2025-09-26T10:00", 5), rules).clock();
        clock.escalate(hall("2025-10-11T08:00"), rules);
        clock.extend(5, hall("2025-10-11T09:00"), rules);
        assertThat(clock.dueOn()).isEqualTo(LocalDate.of(2025, 10, 16));
        assertThatThrownBy(() -> clock.requireExtensible(hall("2025-10-13T09:00"), rules))
                .isInstanceOf(ExtensionAfterDue.class);
    }

    @Test
    void anApprovalAfterTheDueInstantMovesTheDateButKeepsTheBreach() {
        DeadlineClock clock = DeadlineClock.start(terms("2025-09-26T10:00", 5), rules).clock();
        List<DeadlineEvent> events = clock.extend(5, hall("2025-10-13T09:00"), rules);
        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isInstanceOf(DeadlineBreached.class);
        assertThat(events.get(1)).isInstanceOfSatisfying(DeadlineChanged.class,
                c -> assertThat(c.cause()).isEqualTo(DeadlineClock.CAUSE_EXTENSION));
        assertThat(clock.dueOn()).isEqualTo(LocalDate.of(2025, 10, 16));
        List<DeadlineEvent> stop = clock.complete(hall("2025-10-14T10:00"), rules);
        assertThat(stop).singleElement().isInstanceOf(DeadlineStopped.class);
        assertThat(stop(stop).outcome()).isEqualTo("LATE");
    }

    @Test
    void anApprovalBeforeTheDueInstantLetsTheCaseFinishOnTime() {
        DeadlineClock clock = DeadlineClock.start(terms("2025-09-26T10:00", 5), rules).clock();
        assertThat(clock.extend(5, hall("2025-10-10T18:00"), rules)).singleElement()
                .isInstanceOf(DeadlineChanged.class);
        assertThat(stop(clock.complete(hall("2025-10-14T10:00"), rules)).outcome()).isEqualTo("ON_TIME");
    }
}
