package hall.callbacks.shared;

/**
 * A well-formed request that the callback rules refuse in the current state (answered 422 naming the field),
 * such as a call outside the hall's calling hours; nothing is stored.
 */
public class RuleBroken extends RuntimeException {

    private final String field;

    public RuleBroken(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
