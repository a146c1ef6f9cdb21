package hall.surveys.questionnaires.domain;

/** SINGLE_CHOICE (satisfied / basically satisfied / unsatisfied unless options are listed), RATING 1-5, free TEXT. */
public enum QuestionKind {
    SINGLE_CHOICE, RATING, TEXT
}
