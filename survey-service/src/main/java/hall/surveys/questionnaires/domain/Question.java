package hall.surveys.questionnaires.domain;

import java.util.List;

/**
 * One question of a questionnaire version, tagged with the department it judges (ENGINEERING, ORDER_SECURITY,
 * CLEANING, GENERAL_AFFAIRS, CUSTOMER_SERVICE, or a hall window or department code). {@code options} are the
 * allowed answers of a SINGLE_CHOICE question (the three satisfaction labels unless listed), empty otherwise.
 */
public record Question(String code, String text, QuestionKind kind, String department, boolean required,
        List<String> options) {

    public Question {
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** Whether answers of this question count in satisfaction rates and scores. */
    public boolean scored() {
        return kind == QuestionKind.RATING
                || kind == QuestionKind.SINGLE_CHOICE && options.stream().allMatch(o -> Satisfaction.of(o).isPresent());
    }
}
