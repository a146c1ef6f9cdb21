package hall.surveys.shared;

/**
 * The request is well formed but the state forbids it (answered 409, naming the field): a code taken already, a
 * published questionnaire version, a closed campaign, a receipt answered already.
 */
public class Conflict extends RuntimeException {

    private final String field;

    public Conflict(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
