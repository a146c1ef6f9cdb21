package hall.deadlines.clocks.domain;

/** How a stopped clock ended. */
public enum Outcome {
    ON_TIME, LATE, RETURNED
}
