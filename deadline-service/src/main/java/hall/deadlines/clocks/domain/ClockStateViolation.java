package hall.deadlines.clocks.domain;

/** An operation does not fit the clock's current state. */
public class ClockStateViolation extends RuntimeException {

    public ClockStateViolation(String message) {
        super(message);
    }
}
