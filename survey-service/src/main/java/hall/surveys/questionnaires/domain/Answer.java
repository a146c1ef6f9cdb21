package hall.surveys.questionnaires.domain;

/**
 * A checked answer to one question: the value as given, the satisfaction level it stands for (null for text and
 * unscored choices) and its score under the configured scores.
 */
public record Answer(Question question, String value, Satisfaction level, Integer score) {
}
