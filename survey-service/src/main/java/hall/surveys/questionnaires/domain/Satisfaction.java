package hall.surveys.questionnaires.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The three answers of a satisfaction question, with the labels owners and applicants see. */
public enum Satisfaction {
    SATISFIED("满意"), BASICALLY_SATISFIED("基本满意"), UNSATISFIED("不满意");

    private final String label;

    Satisfaction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Counts towards the satisfaction rate: (satisfied + basically satisfied) / valid answers. */
    public boolean content() {
        return this != UNSATISFIED;
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(Satisfaction::label).toList();
    }

    /** The level an option label or a level name stands for. */
    public static Optional<Satisfaction> of(String labelOrName) {
        for (Satisfaction s : values()) {
            if (s.label.equals(labelOrName) || s.name().equals(labelOrName)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** A rating of 1-5 as a satisfaction level: 4-5 satisfied, 3 basically satisfied, 1-2 unsatisfied. */
    public static Satisfaction ofRating(int rating) {
        return rating >= 4 ? SATISFIED : rating == 3 ? BASICALLY_SATISFIED : UNSATISFIED;
    }
}
