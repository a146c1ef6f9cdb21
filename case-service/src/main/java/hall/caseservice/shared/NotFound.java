package hall.caseservice.shared;

public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
