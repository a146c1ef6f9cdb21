package hall.callbacks.tasks.domain;

import java.time.Instant;
import java.time.LocalDate;

/** One call of a task: its number (1, 2, 3), result, instant and hall date, and the agent who made it. */
public record Attempt(int number, AttemptResult result, Instant attemptedAt, LocalDate hallDate, String agent,
        String note) {
}
