package hall.deadlines.shared;

public class NotFoundException extends hall.security.problems.RecordNotFound {

    public NotFoundException(String message) {
        super(message);
    }
}
