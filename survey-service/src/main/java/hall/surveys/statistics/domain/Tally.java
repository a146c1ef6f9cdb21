package hall.surveys.statistics.domain;

import hall.surveys.questionnaires.domain.Satisfaction;

/**
 * Counts of satisfaction answers. Satisfaction rate = (satisfied + basically satisfied) / valid answers; a tally
 * without valid answers has no rate (null), not a rate of zero.
 */
public record Tally(long satisfied, long basicallySatisfied, long unsatisfied) {

    public static final Tally EMPTY = new Tally(0, 0, 0);

    public Tally plus(Satisfaction level) {
        return switch (level) {
            case SATISFIED -> new Tally(satisfied + 1, basicallySatisfied, unsatisfied);
            case BASICALLY_SATISFIED -> new Tally(satisfied, basicallySatisfied + 1, unsatisfied);
            case UNSATISFIED -> new Tally(satisfied, basicallySatisfied, unsatisfied + 1);
        };
    }

    public long valid() {
        return satisfied + basicallySatisfied + unsatisfied;
    }

    /** The rate as a fraction rounded to four places, or null without valid answers. */
    public Double rate() {
        long valid = valid();
        if (valid == 0) {
            return null;
        }
        return Math.round((satisfied + basicallySatisfied) * 10000.0 / valid) / 10000.0;
    }
}
