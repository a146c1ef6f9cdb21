package hall.surveys.events;

/** The national five-level scale of the e-evaluator (好差评), with the score each level counts in window scores. */
public enum RatingLevel {
    VERY_SATISFIED(100, false),
    SATISFIED(100, false),
    BASICALLY_SATISFIED(70, false),
    UNSATISFIED(0, true),
    VERY_UNSATISFIED(0, true);

    private final int defaultScore;
    private final boolean bad;

    RatingLevel(int defaultScore, boolean bad) {
        this.defaultScore = defaultScore;
        this.bad = bad;
    }

    /** Default score (100 / 100 / 70 / 0 / 0); the services make it configurable. */
    public int defaultScore() {
        return defaultScore;
    }

    /** The two bad levels: a reason is required and a follow-up callback is asked for. */
    public boolean bad() {
        return bad;
    }
}
