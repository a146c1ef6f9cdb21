package hall.workingdays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar cn = BuiltInSchedules.cn(2024, 2025, 2026);

    @Test
    void fiveWorkingDaysAfterTheLastFridayOfSeptember2025IsTheTenthOfOctober() {
        // 2025-09-28 (Sunday) is a make-up working day, 2025-10-01..08 are off
        WorkingDate date = cn.addWorkingDays(LocalDate.of(2025, 9, 26), 5);
        assertThat(date.date()).isEqualTo(LocalDate.of(2025, 10, 10));
        assertThat(date.provisional()).isFalse();
    }

    @Test
    void makeUpWorkingDayOnASundayCounts() {
        assertThat(cn.isWorkingDay(LocalDate.of(2025, 9, 28))).isTrue();
        DayInfo info = cn.describe(LocalDate.of(2025, 9, 28));
        assertThat(info.kind()).isEqualTo(DayKind.MAKE_UP_WORKING_DAY);
        assertThat(info.holiday()).isEqualTo("国庆节、中秋节");
        assertThat(cn.addWorkingDays(LocalDate.of(2025, 9, 26), 1).date()).isEqualTo(LocalDate.of(2025, 9, 28));
    }

    @Test
    void officialDayOffOnAWeekdayDoesNotCount() {
        DayInfo info = cn.describe(LocalDate.of(2025, 10, 8));
        assertThat(info.working()).isFalse();
        assertThat(info.kind()).isEqualTo(DayKind.HOLIDAY);
        assertThat(cn.describe(LocalDate.of(2025, 10, 9)).kind()).isEqualTo(DayKind.WORKING_DAY);
        assertThat(cn.describe(LocalDate.of(2025, 10, 12)).kind()).isEqualTo(DayKind.WEEKEND);
    }

    @Test
    void arithmeticCrossesTheYearEndIntoTheNewYearsSchedule() {
        // 2025-12-31 Wed; 2026-01-01..03 off, 2026-01-04 (Sunday) a make-up working day
        assertThat(cn.addWorkingDays(LocalDate.of(2025, 12, 30), 1).date()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(cn.addWorkingDays(LocalDate.of(2025, 12, 30), 2).date()).isEqualTo(LocalDate.of(2026, 1, 4));
        assertThat(cn.addWorkingDays(LocalDate.of(2025, 12, 30), 3).date()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(cn.countWorkingDays(LocalDate.of(2025, 12, 30), LocalDate.of(2026, 1, 5))).isEqualTo(3);
    }

    @Test
    void countIsTheInverseOfAdd() {
        LocalDate from = LocalDate.of(2024, 1, 15);
        for (int n = 0; n < 400; n += 7) {
            WorkingDate to = cn.addWorkingDays(from, n);
            assertThat(cn.countWorkingDays(from, to.date())).isEqualTo(n);
        }
        assertThat(cn.countWorkingDays(LocalDate.of(2025, 10, 10), LocalDate.of(2025, 9, 26))).isZero();
    }

    @Test
    void yearWithoutScheduleKeepsTheStatutoryHolidaysOffAndIsProvisional() {
        // 2027 is not loaded: New Year's Day (Friday 2027-01-01) is off by law, every other weekday counts
        WorkingDate date = cn.addWorkingDays(LocalDate.of(2026, 12, 30), 2);
        assertThat(date.date()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(date.provisional()).isTrue();
        DayInfo newYear = cn.describe(LocalDate.of(2027, 1, 1));
        assertThat(newYear.working()).isFalse();
        assertThat(newYear.kind()).isEqualTo(DayKind.HOLIDAY);
        assertThat(newYear.holiday()).isEqualTo("元旦");
        assertThat(newYear.scheduleLoaded()).isFalse();
        assertThat(cn.isWorkingDay(LocalDate.of(2027, 2, 5))).as("New Year's eve 2027").isFalse();
        assertThat(cn.isWorkingDay(LocalDate.of(2027, 2, 9))).isTrue();
        assertThat(cn.describe(LocalDate.of(2027, 2, 9)).kind()).isEqualTo(DayKind.WORKING_DAY);

        // the State Council's schedule, once loaded, decides: here one with a make-up Saturday 2027-01-02
        WorkingDayCalendar with2027 = new WorkingDayCalendar("CN", List.of(BuiltInSchedules.year(2026),
                new YearSchedule("CN", 2027, List.of(new HolidayDay(LocalDate.of(2027, 1, 1), "元旦")),
                        List.of(new HolidayDay(LocalDate.of(2027, 1, 2), "元旦")))));
        WorkingDate corrected = with2027.addWorkingDays(LocalDate.of(2026, 12, 30), 2);
        assertThat(corrected.date()).isEqualTo(LocalDate.of(2027, 1, 2));
        assertThat(corrected.provisional()).isFalse();
        assertThat(with2027.isWorkingDay(LocalDate.of(2027, 2, 5))).as("not off in that schedule").isTrue();
    }

    @Test
    void lastWorkingDaysStartAtTheRightDate() {
        // due 2025-10-10 (Fri): 1 working day left from Thursday 10-09
        assertThat(cn.startOfLastWorkingDays(LocalDate.of(2025, 10, 10), 1)).isEqualTo(LocalDate.of(2025, 10, 9));
        // 2 left from 2025-09-30 (the holiday lies between)
        assertThat(cn.startOfLastWorkingDays(LocalDate.of(2025, 10, 10), 2)).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(cn.countWorkingDays(LocalDate.of(2025, 9, 30), LocalDate.of(2025, 10, 10))).isEqualTo(2);
        assertThat(cn.countWorkingDays(LocalDate.of(2025, 9, 29), LocalDate.of(2025, 10, 10))).isEqualTo(3);
    }

    @Test
    void negativeDaysAreRefused() {
        assertThatThrownBy(() -> cn.addWorkingDays(LocalDate.of(2025, 1, 1), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shippedSchedulesAreValid() {
        for (int y = 2024; y <= 2026; y++) {
            assertThat(BuiltInSchedules.year(y).violations()).as("year %d", y).isEmpty();
        }
    }

    @Test
    void ordinaryWeekdaysWorkAndWeekendsRestWhereNoScheduleSaysOtherwise() {
        DayInfo thursday = cn.describe(LocalDate.of(2025, 10, 9));
        assertThat(thursday.working()).isTrue();
        assertThat(thursday.holiday()).isNull();
        assertThat(thursday.scheduleLoaded()).isTrue();
        DayInfo sunday = cn.describe(LocalDate.of(2025, 10, 12));
        assertThat(sunday.working()).isFalse();
        assertThat(sunday.region()).isEqualTo("CN");
        assertThat(cn.isWorkingDay(LocalDate.of(2025, 10, 12))).isFalse();
        assertThat(cn.describe(LocalDate.of(2027, 1, 2)).working()).isFalse();
        assertThat(cn.describe(LocalDate.of(2027, 1, 4)).working()).isTrue();
    }

    @Test
    void knowsWhichYearsHaveAnOfficialSchedule() {
        assertThat(cn.region()).isEqualTo("CN");
        assertThat(cn.loadedYears()).containsExactlyInAnyOrder(2024, 2025, 2026);
        assertThat(cn.isLoaded(2026)).isTrue();
        assertThat(cn.isLoaded(2027)).isFalse();
        assertThat(cn.covers(LocalDate.of(2024, 3, 1), LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(cn.covers(LocalDate.of(2026, 12, 31), LocalDate.of(2024, 3, 1))).isTrue();
        assertThat(cn.covers(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(cn.covers(LocalDate.of(2027, 1, 1), LocalDate.of(2026, 12, 31))).isFalse();
        assertThat(cn.covers(LocalDate.of(2023, 12, 31), LocalDate.of(2024, 1, 2))).isFalse();
    }

    @Test
    void arithmeticStartingInAYearWithoutScheduleIsProvisional() {
        WorkingDate date = cn.addWorkingDays(LocalDate.of(2023, 12, 29), 1);
        assertThat(date.date()).isEqualTo(LocalDate.of(2024, 1, 2));
        assertThat(date.provisional()).isTrue();
        assertThat(cn.addWorkingDays(LocalDate.of(2024, 1, 2), 0))
                .isEqualTo(new WorkingDate(LocalDate.of(2024, 1, 2), false));
    }

    @Test
    void lastWorkingDaysBeforeADueDayOffCountFromTheWorkingDayBeforeIt() {
        // due on Sunday 2025-10-12: its last working day is the make-up Saturday 10-11
        assertThat(cn.startOfLastWorkingDays(LocalDate.of(2025, 10, 12), 1)).isEqualTo(LocalDate.of(2025, 10, 10));
        assertThat(cn.countWorkingDays(LocalDate.of(2025, 10, 10), LocalDate.of(2025, 10, 12))).isEqualTo(1);
        // due on 2025-10-08 (holiday): its last working day is 09-30, so 1 working day is left from 09-29 on
        assertThat(cn.startOfLastWorkingDays(LocalDate.of(2025, 10, 8), 1)).isEqualTo(LocalDate.of(2025, 9, 29));
        assertThat(cn.startOfLastWorkingDays(LocalDate.of(2025, 10, 10), 0)).isEqualTo(LocalDate.of(2025, 10, 10));
    }

    @Test
    void absurdlyLongSpansAreRefusedInsteadOfWalkedForever() {
        assertThatThrownBy(() -> cn.addWorkingDays(LocalDate.of(2025, 1, 1), 1_000_000))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cn.countWorkingDays(LocalDate.of(2025, 1, 1), LocalDate.of(5025, 1, 1)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cn.startOfLastWorkingDays(LocalDate.of(2025, 1, 1), 1_000_000))
                .isInstanceOf(IllegalStateException.class);
        // about 20 years of working days are still fine
        assertThat(new WorkingDayCalendar("XX", List.of()).addWorkingDays(LocalDate.of(2025, 1, 1), 5_000)
                .provisional()).isTrue();
    }
}
