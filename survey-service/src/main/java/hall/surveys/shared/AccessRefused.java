package hall.surveys.shared;

/** The caller's role or scope (own window, own project, own case) does not cover the record (answered 403). */
public class AccessRefused extends hall.security.problems.AccessNotCovered {

    public AccessRefused(String message) {
        super(message);
    }
}
