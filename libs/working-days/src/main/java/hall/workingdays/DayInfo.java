package hall.workingdays;

import java.time.LocalDate;

/**
 * Whether a date is a working day, and why. holiday names the holiday for days off and make-up days;
 * scheduleLoaded is false when the date's year has no official schedule (only the weekday rule applied).
 */
public record DayInfo(String region, LocalDate date, boolean working, DayKind kind, String holiday,
        boolean scheduleLoaded) {
}
