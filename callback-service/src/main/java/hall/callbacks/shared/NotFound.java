package hall.callbacks.shared;

/** The request names something that does not exist (answered 404). */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
