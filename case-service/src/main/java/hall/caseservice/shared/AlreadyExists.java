package hall.caseservice.shared;

public class AlreadyExists extends RuntimeException {

    public AlreadyExists(String message) {
        super(message);
    }
}
