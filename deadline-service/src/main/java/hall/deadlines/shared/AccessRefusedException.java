package hall.deadlines.shared;

/** The caller's role or scope does not allow the action (answered 403). */
public class AccessRefusedException extends hall.security.problems.AccessNotCovered {

    public AccessRefusedException(String message) {
        super(message);
    }
}
