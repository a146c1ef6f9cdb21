package hall.deadlines.shared;

public class NotFound extends hall.security.problems.RecordNotFound {

    public NotFound(String message) {
        super(message);
    }
}
