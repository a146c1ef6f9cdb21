package hall.caseservice.shared;

/** The caller's role or scope does not cover this case, window or department (answered 403). */
public class AccessRefused extends RuntimeException {

    public AccessRefused(String message) {
        super(message);
    }
}
