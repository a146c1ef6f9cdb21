package hall.workingdays;

import java.time.LocalDate;

/** A date computed by working-day arithmetic; provisional when a year it spans has no loaded schedule. */
public record WorkingDate(LocalDate date, boolean provisional) {
}
