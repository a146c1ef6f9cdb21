package hall.callbacks.scores.domain;

import hall.callbacks.tasks.domain.Dimension;
import hall.callbacks.tasks.domain.Rating;

import java.util.EnumMap;
import java.util.Map;

/**
 * A window's weekly score. The satisfaction rate of a dimension is (satisfied + basically satisfied) / answers of
 * that dimension; the overall rate pools every answer of every dimension. A reached callback scores the mean of
 * its six answers; the window's score is the mean of its callbacks' scores, its e-evaluator ratings and its
 * on-site forms. A window with nothing to score has no score and no grade (null).
 */
public record WindowScore(String windowCode, int reached, int unreachable, int ratings, int forms,
        Map<Dimension, Double> satisfactionRates, Double overallSatisfactionRate, Double score, String grade,
        int problemsOpen, int problemsRectified, int problemsOverdue) {

    public static WindowScore of(WindowWeek week, ScoringRules rules) {
        Map<Dimension, int[]> perDimension = new EnumMap<>(Dimension.class);
        int satisfiedAll = 0;
        int answersAll = 0;
        double sum = 0;
        int scored = 0;
        for (Map<Dimension, Rating> callback : week.answers()) {
            double callbackSum = 0;
            for (Map.Entry<Dimension, Rating> a : callback.entrySet()) {
                int[] counts = perDimension.computeIfAbsent(a.getKey(), d -> new int[2]);
                boolean satisfied = a.getValue() != Rating.UNSATISFIED;
                counts[0] += satisfied ? 1 : 0;
                counts[1]++;
                satisfiedAll += satisfied ? 1 : 0;
                answersAll++;
                callbackSum += rules.score(a.getValue());
            }
            if (!callback.isEmpty()) {
                sum += callbackSum / callback.size();
                scored++;
            }
        }
        for (int s : week.ratingScores()) {
            sum += s;
            scored++;
        }
        for (int s : week.formScores()) {
            sum += s;
            scored++;
        }
        Map<Dimension, Double> rates = new EnumMap<>(Dimension.class);
        perDimension.forEach((d, c) -> rates.put(d, round(100.0 * c[0] / c[1])));
        Double score = scored == 0 ? null : round(sum / scored);
        return new WindowScore(week.windowCode(), week.answers().size(), week.unreachable(),
                week.ratingScores().size(), week.formScores().size(), rates,
                answersAll == 0 ? null : round(100.0 * satisfiedAll / answersAll), score,
                score == null ? null : rules.grade(score), week.problemsOpen(), week.problemsRectified(),
                week.problemsOverdue());
    }

    /** Two decimals, half up: the figure printed on the board is the one graded. */
    static double round(double v) {
        return java.math.BigDecimal.valueOf(v).setScale(2, java.math.RoundingMode.HALF_UP).doubleValue();
    }
}
