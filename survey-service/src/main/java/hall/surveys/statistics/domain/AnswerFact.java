package hall.surveys.statistics.domain;

import hall.surveys.questionnaires.domain.Satisfaction;

/** One scored answer as statistics see it: the department its question judges, the question, the level. */
public record AnswerFact(String department, String question, String questionText, Satisfaction level) {
}
