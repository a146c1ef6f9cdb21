package hall.surveys.events;

import hall.events.PlatformEvent;

/** Every event survey-service publishes on {@link SurveyTopics#SURVEY_EVENTS}. */
public sealed interface SurveyEvent extends PlatformEvent
        permits EvaluatorRatingRecorded, ResponseRecorded, FollowUpRequested, CampaignOpened, OpinionClassified,
        RectificationMeasureRecorded {
}
