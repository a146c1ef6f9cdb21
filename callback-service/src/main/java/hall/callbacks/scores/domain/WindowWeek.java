package hall.callbacks.scores.domain;

import hall.callbacks.tasks.domain.Dimension;
import hall.callbacks.tasks.domain.Rating;

import java.util.List;
import java.util.Map;

/**
 * What a window's week holds for its score: the answers of the callbacks reached, how many were unreachable,
 * the scores of e-evaluator ratings and on-site forms (already on the 0-100 scale), and its problems.
 */
public record WindowWeek(String windowCode, List<Map<Dimension, Rating>> answers, int unreachable,
        List<Integer> ratingScores, List<Integer> formScores, int problemsOpen, int problemsRectified,
        int problemsOverdue) {
}
