package hall.callbacks.shared;

/** The request names something that does not exist (answered 404). */
public class NotFound extends hall.security.problems.RecordNotFound {

    public NotFound(String message) {
        super(message);
    }
}
