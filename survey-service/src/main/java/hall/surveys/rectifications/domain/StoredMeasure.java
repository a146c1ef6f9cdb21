package hall.surveys.rectifications.domain;

import java.time.Instant;
import java.time.LocalDate;

/** A rectification measure as stored and listed; {@code dueDate} null means pending (the calendar was not reached). */
public record StoredMeasure(String id, String opinionId, String measure, String responsiblePerson, int workingDays,
        LocalDate dueDate, boolean solvableNow, String explanation, String recordedBy, Instant recordedAt) {
}
