package hall.surveys.ratings.domain;

/** Where a rating was given: on the e-evaluator device at the window, or online by the applicant. */
public enum RatingChannel {
    DEVICE, ONLINE
}
