package hall.security.problems;

/**
 * The caller's role or scope (own window, department, project or case) does not cover the record or action;
 * every service answers it 403 with the platform's forbidden problem type (handled once in
 * {@link hall.security.web.RequestProblemAdvice}). A service's own exception (e.g. {@code AccessRefused}) extends it.
 */
public class AccessNotCovered extends RuntimeException {

    public AccessNotCovered(String message) {
        super(message);
    }
}
