package hall.caseservice.shared;

/** A request names something that does not exist (unknown matter, window, department); answered 422. */
public class InvalidReference extends RuntimeException {

    private final String field;

    public InvalidReference(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
