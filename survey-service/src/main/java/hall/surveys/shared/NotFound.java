package hall.surveys.shared;

/** The request names a questionnaire, campaign, receipt or other record that does not exist (answered 404). */
public class NotFound extends hall.security.problems.RecordNotFound {

    public NotFound(String message) {
        super(message);
    }
}
