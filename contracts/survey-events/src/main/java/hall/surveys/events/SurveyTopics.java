package hall.surveys.events;

/** Topic of survey-service; the key is the campaign id. */
public final class SurveyTopics {

    public static final String SURVEY_EVENTS = "hall.survey-events";

    private SurveyTopics() {
    }
}
