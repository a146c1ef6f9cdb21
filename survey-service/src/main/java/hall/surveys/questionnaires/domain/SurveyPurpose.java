package hall.surveys.questionnaires.domain;

/** What a questionnaire is for, and so which campaigns may use it. */
public enum SurveyPurpose {
    /** The yearly satisfaction survey of a residential project's owners. */
    OWNER_ANNUAL,
    /** The opinion form filled in on site in the service hall. */
    HALL_ONSITE
}
