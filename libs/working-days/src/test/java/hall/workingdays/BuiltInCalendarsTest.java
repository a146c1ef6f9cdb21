package hall.workingdays;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Pins the shipped CN schedules 2024-2026 against the State Council's notices (dates copied from
 * shared/docs/cn-holidays-2024-2026.md, not from the JSON files): every make-up working day is a working
 * day, every weekday off is a holiday, and each year has the official number of working days.
 */
class BuiltInCalendarsTest {

    // an instance field, so that the schedules are read inside each test (mutation testing attributes coverage
    // of static initialisers to no test)
    private final WorkingDayCalendar cn = BuiltInSchedules.cn(2024, 2025, 2026);

    static Stream<Arguments> makeUpWorkingDays() {
        return Stream.of(
                Arguments.of("2024-02-04", "春节"), Arguments.of("2024-02-18", "春节"),
                Arguments.of("2024-04-07", "清明节"),
                Arguments.of("2024-04-28", "劳动节"), Arguments.of("2024-05-11", "劳动节"),
                Arguments.of("2024-09-14", "中秋节"),
                Arguments.of("2024-09-29", "国庆节"), Arguments.of("2024-10-12", "国庆节"),
                Arguments.of("2025-01-26", "春节"), Arguments.of("2025-02-08", "春节"),
                Arguments.of("2025-04-27", "劳动节"),
                Arguments.of("2025-09-28", "国庆节、中秋节"), Arguments.of("2025-10-11", "国庆节、中秋节"),
                Arguments.of("2026-01-04", "元旦"),
                Arguments.of("2026-02-14", "春节"), Arguments.of("2026-02-28", "春节"),
                Arguments.of("2026-05-09", "劳动节"),
                Arguments.of("2026-09-20", "国庆节"), Arguments.of("2026-10-10", "国庆节"));
    }

    @ParameterizedTest(name = "{0} is a make-up working day of {1}")
    @MethodSource("makeUpWorkingDays")
    void everyOfficialMakeUpWorkingDayIsAWorkingDay(String date, String holiday) {
        LocalDate day = LocalDate.parse(date);
        assertThat(cn.isWorkingDay(day)).isTrue();
        DayInfo info = cn.describe(day);
        assertThat(info.date()).isEqualTo(day);
        assertThat(info.region()).isEqualTo("CN");
        assertThat(info.working()).isTrue();
        assertThat(info.kind()).isEqualTo(DayKind.MAKE_UP_WORKING_DAY);
        assertThat(info.kind().working()).isTrue();
        assertThat(info.holiday()).isEqualTo(holiday);
        assertThat(info.scheduleLoaded()).isTrue();
    }

    /** Official days off that fall on a Monday to Friday (the ones the weekday rule alone would get wrong). */
    @ParameterizedTest(name = "{0} is off")
    @ValueSource(strings = {
            "2024-01-01", "2024-02-12", "2024-02-13", "2024-02-14", "2024-02-15", "2024-02-16", "2024-04-04",
            "2024-04-05", "2024-05-01", "2024-05-02", "2024-05-03", "2024-06-10", "2024-09-16", "2024-09-17",
            "2024-10-01", "2024-10-02", "2024-10-03", "2024-10-04", "2024-10-07",
            "2025-01-01", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31", "2025-02-03", "2025-02-04",
            "2025-04-04", "2025-05-01", "2025-05-02", "2025-05-05", "2025-06-02", "2025-10-01", "2025-10-02",
            "2025-10-03", "2025-10-06", "2025-10-07", "2025-10-08",
            "2026-01-01", "2026-01-02", "2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20",
            "2026-02-23", "2026-04-06", "2026-05-01", "2026-05-04", "2026-05-05", "2026-06-19", "2026-09-25",
            "2026-10-01", "2026-10-02", "2026-10-05", "2026-10-06", "2026-10-07"})
    void everyOfficialWeekdayOffIsAHoliday(String date) {
        LocalDate day = LocalDate.parse(date);
        assertThat(day.getDayOfWeek().getValue()).as("a weekday").isLessThanOrEqualTo(5);
        assertThat(cn.isWorkingDay(day)).isFalse();
        DayInfo info = cn.describe(day);
        assertThat(info.date()).isEqualTo(day);
        assertThat(info.working()).isFalse();
        assertThat(info.kind()).isEqualTo(DayKind.HOLIDAY);
        assertThat(info.kind().working()).isFalse();
        assertThat(info.holiday()).isNotBlank();
        assertThat(info.scheduleLoaded()).isTrue();
    }

    @ParameterizedTest(name = "{0} is off")
    @ValueSource(strings = {"2024-02-10", "2024-02-17", "2024-10-05", "2025-02-01", "2025-05-31", "2025-10-04",
            "2026-01-03", "2026-02-21", "2026-06-20", "2026-09-26", "2026-10-04",
            // ordinary weekends next to make-up days
            "2024-02-03", "2025-09-27", "2026-01-10"})
    void sampleWeekendDaysOffAreOff(String date) {
        LocalDate day = LocalDate.parse(date);
        assertThat(cn.isWorkingDay(day)).isFalse();
        assertThat(cn.describe(day).working()).isFalse();
    }

    @ParameterizedTest(name = "{0} is an ordinary working day")
    @ValueSource(strings = {"2024-01-02", "2024-02-08", "2025-01-27", "2025-10-09", "2026-01-05", "2026-02-24"})
    void ordinaryWeekdaysAroundTheHolidaysAreWorkingDays(String date) {
        LocalDate day = LocalDate.parse(date);
        assertThat(cn.isWorkingDay(day)).isTrue();
        DayInfo info = cn.describe(day);
        assertThat(info.working()).isTrue();
        assertThat(info.kind()).isEqualTo(DayKind.WORKING_DAY);
        assertThat(info.kind().working()).isTrue();
        assertThat(info.holiday()).isNull();
        assertThat(info.scheduleLoaded()).isTrue();
    }

    @ParameterizedTest(name = "{0} has {1} working days")
    @MethodSource("workingDaysPerYear")
    void eachYearHasItsOfficialNumberOfWorkingDays(int year, int workingDays) {
        // from Dec 31 of the year before (not counted) to Dec 31 of the year
        assertThat(cn.countWorkingDays(LocalDate.of(year - 1, 12, 31), LocalDate.of(year, 12, 31)))
                .isEqualTo(workingDays);
    }

    static List<Arguments> workingDaysPerYear() {
        return List.of(Arguments.of(2024, 251), Arguments.of(2025, 248), Arguments.of(2026, 248));
    }
}
