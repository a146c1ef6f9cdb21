package hall.eventing.inbox;

/** A record that is not a readable CloudEvent or whose data does not fit its type. Retrying cannot help: it goes to the dead-letter topic at once. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
