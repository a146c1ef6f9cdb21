package hall.deadlines.shared;

/** The action does not fit the current state (answered 409). */
public class InvalidState extends RuntimeException {

    public InvalidState(String message) {
        super(message);
    }
}
