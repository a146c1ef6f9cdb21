package hall.workingdays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
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

    @Test
    void yearMustBeAPlausibleCalendarYear() {
        assertThat(new YearSchedule("CN", 1899, List.of(), List.of()).violations())
                .extracting(ScheduleViolation::field).containsExactly("year");
        assertThat(new YearSchedule("CN", 10000, List.of(), List.of()).violations())
                .extracting(ScheduleViolation::field).containsExactly("year");
        assertThat(new YearSchedule("CN", 1900, List.of(), List.of()).violations()).isEmpty();
        assertThat(new YearSchedule("CN", 9999, List.of(), List.of()).violations()).isEmpty();
        assertThat(new YearSchedule(" ", 2027, null, null).violations())
                .extracting(ScheduleViolation::field).containsExactly("region");
    }

    @Test
    void entryFindsTheDayOffOrMakeUpDayOfADate() {
        YearSchedule s = BuiltInSchedules.year(2026);
        assertThat(s.entry(LocalDate.of(2026, 1, 2))).contains(new HolidayDay(LocalDate.of(2026, 1, 2), "元旦"));
        assertThat(s.entry(LocalDate.of(2026, 1, 4))).contains(new HolidayDay(LocalDate.of(2026, 1, 4), "元旦"));
        assertThat(s.entry(LocalDate.of(2026, 2, 28))).contains(new HolidayDay(LocalDate.of(2026, 2, 28), "春节"));
        assertThat(s.entry(LocalDate.of(2026, 1, 5))).isEmpty();
    }

    @Test
    void malformedEntriesAreReportedNotThrown() {
        List<HolidayDay> daysOff = new ArrayList<>();
        daysOff.add(null);
        daysOff.add(new HolidayDay(LocalDate.of(2027, 1, 1), null));
        List<HolidayDay> workingDays = new ArrayList<>();
        workingDays.add(null);
        workingDays.add(new HolidayDay(null, "春节"));
        YearSchedule s = new YearSchedule(null, 2027, List.of(), List.of());
        assertThat(s.violations()).extracting(ScheduleViolation::field).containsExactly("region");
        YearSchedule malformed = new YearSchedule("CN", 2027, daysOff, workingDays);
        assertThat(malformed.violations()).extracting(ScheduleViolation::field).containsExactly(
                "daysOff[0]", "daysOff[1].holiday", "workingDays[0]", "workingDays[1].date");
    }

    @Test
    void scheduleIsAnImmutableCopy() {
        List<HolidayDay> daysOff = new ArrayList<>(List.of(new HolidayDay(LocalDate.of(2027, 1, 1), "元旦")));
        YearSchedule s = new YearSchedule("CN", 2027, daysOff, List.of());
        daysOff.clear();
        assertThat(s.daysOff()).hasSize(1);
        assertThatThrownBy(() -> s.daysOff().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> s.workingDays().add(null))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
