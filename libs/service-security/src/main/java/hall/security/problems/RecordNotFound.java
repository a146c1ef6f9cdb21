package hall.security.problems;

/**
 * The request names a record that does not exist; every service answers it 404 with the platform's not-found
 * problem type (handled once in {@link hall.security.web.RequestProblemAdvice}). A service's own exception
 * (e.g. {@code NotFound}) extends it. No framework imports, so application and domain code may throw it.
 */
public class RecordNotFound extends RuntimeException {

    public RecordNotFound(String message) {
        super(message);
    }
}
