package hall.workingdays;

import java.time.LocalDate;

/** One date of a year's schedule with the holiday it belongs to (e.g. 2025-10-01, 国庆节、中秋节). */
public record HolidayDay(LocalDate date, String holiday) {
}
