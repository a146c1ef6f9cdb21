package hall.deadlines.shared;

/** The caller's role or scope does not allow the action (answered 403). */
public class AccessRefused extends hall.security.problems.AccessNotCovered {

    public AccessRefused(String message) {
        super(message);
    }
}
