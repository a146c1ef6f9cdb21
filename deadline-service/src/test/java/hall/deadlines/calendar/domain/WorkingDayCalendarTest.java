package hall.deadlines.calendar.domain;

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
    void yearWithoutScheduleFollowsTheWeekdayRuleAndIsProvisional() {
        // 2027 is not loaded: 2027-01-01 is a Friday and counts as a working day, provisionally
        WorkingDate date = cn.addWorkingDays(LocalDate.of(2026, 12, 30), 2);
        assertThat(date.date()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(date.provisional()).isTrue();
        assertThat(cn.describe(LocalDate.of(2027, 1, 1)).scheduleLoaded()).isFalse();

        WorkingDayCalendar with2027 = new WorkingDayCalendar("CN", List.of(BuiltInSchedules.year(2026),
                new YearSchedule("CN", 2027, List.of(new HolidayDay(LocalDate.of(2027, 1, 1), "元旦")), List.of())));
        WorkingDate corrected = with2027.addWorkingDays(LocalDate.of(2026, 12, 30), 2);
        assertThat(corrected.date()).isEqualTo(LocalDate.of(2027, 1, 4));
        assertThat(corrected.provisional()).isFalse();
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
}
