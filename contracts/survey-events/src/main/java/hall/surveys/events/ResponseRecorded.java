package hall.surveys.events;

import java.time.Instant;

/**
 * A questionnaire response was recorded in a campaign. For a hall on-site form ({@code campaignKind} HALL_ONSITE)
 * {@code windowCode} and {@code isoWeek} (e.g. 2026-W48) are set and {@code score} is the form's mean score
 * (0-100, satisfied 100, basically satisfied 70, unsatisfied 0); for an owner survey (OWNER_ANNUAL)
 * {@code projectCode} is set and {@code score} is the response's mean score too. {@code score} is null when the
 * response has no scored question.
 */
public record ResponseRecorded(String responseId, String campaignId, String campaignKind, String questionnaireId,
        int questionnaireVersion, String projectCode, String windowCode, String isoWeek, Integer score,
        boolean anonymous, Instant recordedAt) implements SurveyEvent {

    public static final String TYPE = "hall.survey.response-recorded.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
