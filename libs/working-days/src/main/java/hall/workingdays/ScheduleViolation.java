package hall.workingdays;

/** One reason a year schedule cannot be loaded; field names the offending entry, e.g. daysOff[3].date. */
public record ScheduleViolation(String field, String message) {
}
