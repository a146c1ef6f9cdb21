package hall.surveys.shared;

/** A service this request needs did not answer; nothing was stored and the caller may try again (answered 503). */
public class Unavailable extends RuntimeException {

    public Unavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
