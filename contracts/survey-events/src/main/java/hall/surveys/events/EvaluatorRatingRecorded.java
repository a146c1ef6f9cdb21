package hall.surveys.events;

import java.time.Instant;

/**
 * A person rated a window or a case on the e-evaluator (好差评). {@code caseId} and {@code departmentCode} may be
 * null (a rating of the window alone); {@code channel} is DEVICE (at the window) or ONLINE; {@code score} is the
 * level's score under survey-service's configuration, so consumers need not know the scale.
 */
public record EvaluatorRatingRecorded(String ratingId, String caseId, String windowCode, String departmentCode,
        RatingLevel level, int score, String reason, String channel, String contactRef, Instant ratedAt)
        implements SurveyEvent {

    public static final String TYPE = "hall.survey.evaluator-rating-recorded.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
