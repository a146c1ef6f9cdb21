package hall.workingdays;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class StatutoryHolidaysTest {

    @ParameterizedTest(name = "the statutory days of {0} are days off in the State Council's schedule")
    @ValueSource(ints = {2024, 2025, 2026})
    void everyStatutoryDayIsADayOffOfTheShippedSchedule(int year) {
        Set<LocalDate> daysOff = BuiltInSchedules.year(year).daysOff().stream().map(HolidayDay::date)
                .collect(Collectors.toSet());
        List<HolidayDay> statutory = StatutoryHolidays.of(year);
        // from 2025: 1 + 4 + 1 + 2 + 1 + 1 + 3 days; 2024 under the 2013 text: 1 + 3 + 1 + 1 + 1 + 1 + 3
        assertThat(statutory).hasSize(year >= 2025 ? 13 : 11);
        assertThat(statutory).allSatisfy(d -> assertThat(daysOff).as(d.toString()).contains(d.date()));
    }

    @ParameterizedTest(name = "{0}: Spring Festival from {1}, Qingming {2}, Dragon Boat {3}, Mid-Autumn {4}")
    @CsvSource({
            "2025, 2025-01-28, 2025-04-04, 2025-05-31, 2025-10-06",
            "2026, 2026-02-16, 2026-04-05, 2026-06-19, 2026-09-25",
            "2027, 2027-02-05, 2027-04-05, 2027-06-09, 2027-09-15",
            "2030, 2030-02-02, 2030-04-05, 2030-06-05, 2030-09-12",
            "2028, 2028-01-25, 2028-04-04, 2028-05-28, 2028-10-03"})
    void lunarFestivalsAndTheSolarTermFallOnTheirDays(int year, LocalDate eve, LocalDate qingming,
            LocalDate dragonBoat, LocalDate midAutumn) {
        for (int i = 0; i < 4; i++) {
            assertThat(StatutoryHolidays.holidayOn(eve.plusDays(i))).isEqualTo(StatutoryHolidays.SPRING_FESTIVAL);
        }
        assertThat(StatutoryHolidays.holidayOn(eve.minusDays(1))).isNull();
        assertThat(StatutoryHolidays.holidayOn(eve.plusDays(4))).isNull();
        assertThat(StatutoryHolidays.holidayOn(qingming)).isEqualTo(StatutoryHolidays.QINGMING);
        assertThat(StatutoryHolidays.holidayOn(dragonBoat)).isEqualTo(StatutoryHolidays.DRAGON_BOAT);
        assertThat(StatutoryHolidays.holidayOn(midAutumn)).contains(StatutoryHolidays.MID_AUTUMN);
        assertThat(StatutoryHolidays.holidayOn(LocalDate.of(year, 1, 1))).isEqualTo(StatutoryHolidays.NEW_YEAR);
        assertThat(StatutoryHolidays.holidayOn(LocalDate.of(year, 5, 2))).isEqualTo(StatutoryHolidays.LABOUR_DAY);
        assertThat(StatutoryHolidays.holidayOn(LocalDate.of(year, 5, 3))).isNull();
        assertThat(StatutoryHolidays.holidayOn(LocalDate.of(year, 10, 3))).startsWith(StatutoryHolidays.NATIONAL_DAY);
        assertThat(StatutoryHolidays.holidayOn(LocalDate.of(year, 10, 4))).isNull();
    }

    @Test
    void beforeTheAmendmentNewYearsEveAndMayTheSecondAreWorkingDays() {
        // 2024: Spring Festival 2024-02-10 to 02-12, Labour Day May 1 only
        assertThat(StatutoryHolidays.holidayOn(LocalDate.of(2024, 2, 9))).isNull();
        assertThat(StatutoryHolidays.holidayOn(LocalDate.of(2024, 2, 10))).isEqualTo(StatutoryHolidays.SPRING_FESTIVAL);
        assertThat(StatutoryHolidays.holidayOn(LocalDate.of(2024, 2, 12))).isEqualTo(StatutoryHolidays.SPRING_FESTIVAL);
        assertThat(StatutoryHolidays.holidayOn(LocalDate.of(2024, 2, 13))).isNull();
        assertThat(StatutoryHolidays.holidayOn(LocalDate.of(2024, 5, 2))).isNull();
    }

    @Test
    void theSpringFestivalsWhereIcu4jsChineseCalendarIsADayOff() {
        // new moons within minutes of midnight China time: ICU4J 77.1 gives 2027-02-07 and 2030-02-02
        assertThat(StatutoryHolidays.holidayOn(LocalDate.of(2027, 2, 5))).isEqualTo(StatutoryHolidays.SPRING_FESTIVAL);
        assertThat(StatutoryHolidays.holidayOn(LocalDate.of(2027, 2, 9))).isNull();
        assertThat(StatutoryHolidays.holidayOn(LocalDate.of(2030, 2, 2))).isEqualTo(StatutoryHolidays.SPRING_FESTIVAL);
        assertThat(StatutoryHolidays.holidayOn(LocalDate.of(2030, 2, 6))).isNull();
    }

    @Test
    void midAutumnOnNationalDayIsOneDayWithBothNames() {
        // 2028: the 15th of the 8th lunar month is 2028-10-03
        assertThat(StatutoryHolidays.holidayOn(LocalDate.of(2028, 10, 3))).isEqualTo("国庆节、中秋节");
        assertThat(StatutoryHolidays.of(2028)).hasSize(12);
    }
}
