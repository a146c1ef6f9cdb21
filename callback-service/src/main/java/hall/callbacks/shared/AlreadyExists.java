package hall.callbacks.shared;

/** What the request would create exists already (answered 409, naming the field that collides). */
public class AlreadyExists extends RuntimeException {

    private final String field;

    public AlreadyExists(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
