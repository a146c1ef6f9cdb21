package hall.caseservice.shared;

/** The caller's role or scope does not cover this case, window or department (answered 403). */
public class AccessRefused extends hall.security.problems.AccessNotCovered {

    public AccessRefused(String message) {
        super(message);
    }
}
