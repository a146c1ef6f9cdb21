package hall.callbacks.scores.domain;

import hall.callbacks.tasks.domain.Rating;

/**
 * How answers become scores and scores grades (defaults: satisfied 100, basically satisfied 70, unsatisfied 0;
 * grade A from 90, B from 80, C from 60, else D).
 */
public record ScoringRules(int satisfied, int basicallySatisfied, int unsatisfied, double gradeA, double gradeB,
        double gradeC) {

    public static final ScoringRules DEFAULTS = new ScoringRules(100, 70, 0, 90, 80, 60);

    public int score(Rating r) {
        return switch (r) {
            case SATISFIED -> satisfied;
            case BASICALLY_SATISFIED -> basicallySatisfied;
            case UNSATISFIED -> unsatisfied;
        };
    }

    public String grade(double score) {
        if (score >= gradeA) {
            return "A";
        }
        if (score >= gradeB) {
            return "B";
        }
        if (score >= gradeC) {
            return "C";
        }
        return "D";
    }
}
