package hall.callbacks.shared;

/** The caller's role or scope does not cover this project (answered 403). */
public class AccessRefused extends hall.security.problems.AccessNotCovered {

    public AccessRefused(String message) {
        super(message);
    }
}
