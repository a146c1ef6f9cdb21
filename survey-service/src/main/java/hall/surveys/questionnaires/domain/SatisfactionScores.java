package hall.surveys.questionnaires.domain;

/** Score of each satisfaction level (defaults 100 / 70 / 0), configurable. */
public record SatisfactionScores(int satisfied, int basicallySatisfied, int unsatisfied) {

    public static final SatisfactionScores DEFAULT = new SatisfactionScores(100, 70, 0);

    public int of(Satisfaction level) {
        return switch (level) {
            case SATISFIED -> satisfied;
            case BASICALLY_SATISFIED -> basicallySatisfied;
            case UNSATISFIED -> unsatisfied;
        };
    }
}
