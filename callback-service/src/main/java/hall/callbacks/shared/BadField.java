package hall.callbacks.shared;

/** A request field is malformed or out of range (answered 400 naming the field); nothing is stored. */
public class BadField extends RuntimeException {

    private final String field;

    public BadField(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
