package hall.workingdays;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Administrative Licensing Law art. 32: a supplement notice must be given within 5 working days of receipt,
 * otherwise the case counts as accepted on the day of receipt. The period ends with the 5th working day
 * after the day of receipt; it lapses at the first instant after that day.
 */
public record SupplementNoticePeriod(LocalDate receivedOn, LocalDate lastDay, Instant lapsesAt, boolean provisional) {

    public static final int WORKING_DAYS = 5;

    public static SupplementNoticePeriod of(Instant receivedAt, WorkingDayCalendar calendar, ZoneId zone) {
        LocalDate receivedOn = receivedAt.atZone(zone).toLocalDate();
        WorkingDate last = calendar.addWorkingDays(receivedOn, WORKING_DAYS);
        Instant lapsesAt = last.date().plusDays(1).atTime(LocalTime.MIDNIGHT).atZone(zone).toInstant();
        return new SupplementNoticePeriod(receivedOn, last.date(), lapsesAt, last.provisional());
    }
}
