package hall.deadlines.calendar.application;

/** Outcome of loading a year: how many days it lists and how many dependent records were recomputed. */
public record YearLoaded(String region, int year, int daysOff, int workingDays, boolean replaced,
        int deadlinesChanged) {
}
