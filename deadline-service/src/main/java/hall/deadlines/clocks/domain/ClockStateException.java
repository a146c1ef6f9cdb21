package hall.deadlines.clocks.domain;

/** An operation does not fit the clock's current state. */
public class ClockStateException extends RuntimeException {

    public ClockStateException(String message) {
        super(message);
    }
}
