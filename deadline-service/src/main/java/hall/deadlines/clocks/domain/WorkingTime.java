package hall.deadlines.clocks.domain;

/**
 * Working days of a clock so far: elapsed since acceptance, of which suspended, and actual = elapsed -
 * suspended; remaining until the due date (negative when overdue).
 */
public record WorkingTime(int elapsed, int suspended, int actual, int remaining) {
}
