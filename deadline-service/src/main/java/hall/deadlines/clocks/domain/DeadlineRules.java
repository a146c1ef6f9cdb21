package hall.deadlines.clocks.domain;

import hall.workingdays.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/** What deadline arithmetic needs: the region's calendar, the hall's time zone and the warning policy. */
public record DeadlineRules(WorkingDayCalendar calendar, ZoneId zone, WarningPolicy warningPolicy) {

    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

    /** The hall's date of an instant. */
    public LocalDate hallDate(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    /** The last second of a hall date, as an instant (UTC). */
    public Instant endOf(LocalDate date) {
        return date.atTime(END_OF_DAY).atZone(zone).toInstant();
    }

    /** The first instant of a hall date. */
    public Instant startOf(LocalDate date) {
        return date.atStartOfDay(zone).toInstant();
    }
}
