package hall.deadlines.shared;

/** The action does not fit the current state (answered 409). */
public class InvalidStateException extends RuntimeException {

    public InvalidStateException(String message) {
        super(message);
    }
}
