package hall.deadlines.calendar.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class YearScheduleTest {

    @Test
    void dateOutsideTheYearIsRefused() {
        YearSchedule s = new YearSchedule("CN", 2027,
                List.of(new HolidayDay(LocalDate.of(2026, 12, 31), "元旦")), List.of());
        assertThat(s.violations()).extracting(ScheduleViolation::field).containsExactly("daysOff[0].date");
    }

    @Test
    void dateBothOffAndWorkingIsRefused() {
        LocalDate saturday = LocalDate.of(2027, 2, 6);
        YearSchedule s = new YearSchedule("CN", 2027, List.of(new HolidayDay(saturday, "春节")),
                List.of(new HolidayDay(saturday, "春节")));
        assertThat(s.violations()).extracting(ScheduleViolation::field).containsExactly("workingDays[0].date");
    }

    @Test
    void missingHolidayNameIsRefused() {
        YearSchedule s = new YearSchedule("CN", 2027, List.of(new HolidayDay(LocalDate.of(2027, 1, 1), " ")),
                List.of());
        assertThat(s.violations()).extracting(ScheduleViolation::field).containsExactly("daysOff[0].holiday");
    }

    @Test
    void makeUpWorkingDayOnAWeekdayIsRefused() {
        YearSchedule s = new YearSchedule("CN", 2027, List.of(),
                List.of(new HolidayDay(LocalDate.of(2027, 2, 3), "春节")));
        assertThat(s.violations()).extracting(ScheduleViolation::field).containsExactly("workingDays[0].date");
    }

    @Test
    void duplicateAndMissingDatesAreRefused() {
        YearSchedule s = new YearSchedule("CN", 2027, List.of(new HolidayDay(LocalDate.of(2027, 1, 1), "元旦"),
                new HolidayDay(LocalDate.of(2027, 1, 1), "元旦"), new HolidayDay(null, "元旦")), List.of());
        assertThat(s.violations()).extracting(ScheduleViolation::field)
                .containsExactly("daysOff[1].date", "daysOff[2].date");
    }
}
