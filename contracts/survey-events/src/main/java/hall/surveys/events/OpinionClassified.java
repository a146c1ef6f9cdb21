package hall.surveys.events;

import java.time.Instant;

/**
 * A free-text opinion of a survey response was classified to a department: by the question's department tag
 * ({@code basis} QUESTION_TAG), by a keyword rule (KEYWORD, {@code keyword} set), or by hand (MANUAL, on
 * reclassification). {@code projectCode} or {@code windowCode} is set by the campaign's kind.
 */
public record OpinionClassified(String opinionId, String responseId, String campaignId, String projectCode,
        String windowCode, String questionCode, String departmentCode, String basis, String keyword,
        String classifiedBy, Instant classifiedAt) implements SurveyEvent {

    public static final String TYPE = "hall.survey.opinion-classified.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
