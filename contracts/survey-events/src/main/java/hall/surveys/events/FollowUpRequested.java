package hall.surveys.events;

import java.time.Instant;

/**
 * survey-service asks callback-service for a follow-up callback: after a bad e-evaluator rating
 * ({@code reason} BAD_RATING, {@code subjectRef} {@code rating:<id>}) or after a rectification measure answered an
 * owner's opinion ({@code reason} RECTIFICATION, {@code subjectRef} {@code opinion:<id>}). {@code caseId},
 * {@code windowCode}, {@code departmentCode} and {@code projectCode} are set where known; {@code contactRef} names
 * the person ({@code case:<id>} or {@code owner:<id>}), never a phone number. {@code requestId} is unique: a
 * consumer creates at most one callback per request.
 */
public record FollowUpRequested(String requestId, String reason, String subjectRef, String caseId, String windowCode,
        String departmentCode, String projectCode, String contactRef, String summary, Instant requestedAt)
        implements SurveyEvent {

    public static final String TYPE = "hall.survey.follow-up-requested.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
