package hall.surveys.events;

/** Topic of survey-service; the key is the aggregate id (campaign, rating or opinion id). */
public final class SurveyTopics {

    public static final String SURVEY_EVENTS = "hall.survey-events";

    private SurveyTopics() {
    }
}
