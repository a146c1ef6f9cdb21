package hall.callbacks.scores.domain;

import hall.callbacks.tasks.domain.Dimension;
import hall.callbacks.tasks.domain.Rating;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WindowScoreTest {

    private static Map<Dimension, Rating> all(Rating r) {
        Map<Dimension, Rating> answers = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            answers.put(d, r);
        }
        return answers;
    }

    @Test
    void callbacksRatingsAndFormsAreAveragedAndGraded() {
        Map<Dimension, Rating> mixed = all(Rating.SATISFIED);
        mixed.put(Dimension.EFFICIENCY, Rating.UNSATISFIED);
        mixed.put(Dimension.OVERALL, Rating.BASICALLY_SATISFIED);
        // callbacks: 100 and (4*100 + 0 + 70)/6 = 78.33; ratings 100 and 0; a form of 85 -> mean 72.67
        WindowWeek week = new WindowWeek("W01", List.of(all(Rating.SATISFIED), mixed), 1, List.of(100, 0), List.of(85),
                2, 1, 1);

        WindowScore s = WindowScore.of(week, ScoringRules.DEFAULTS);

        assertThat(s.score()).isEqualTo(72.67);
        assertThat(s.grade()).isEqualTo("C");
        assertThat(s.reached()).isEqualTo(2);
        assertThat(s.unreachable()).isEqualTo(1);
        assertThat(s.satisfactionRates()).containsEntry(Dimension.EFFICIENCY, 50.0)
                .containsEntry(Dimension.OVERALL, 100.0).containsEntry(Dimension.INTEGRITY, 100.0);
        assertThat(s.overallSatisfactionRate()).isEqualTo(91.67);
        assertThat(s.problemsOverdue()).isEqualTo(1);
    }

    @Test
    void gradesFollowTheThresholdsAtTheirEdges() {
        ScoringRules r = ScoringRules.DEFAULTS;

        assertThat(r.grade(90)).isEqualTo("A");
        assertThat(r.grade(89.99)).isEqualTo("B");
        assertThat(r.grade(80)).isEqualTo("B");
        assertThat(r.grade(60)).isEqualTo("C");
        assertThat(r.grade(59.99)).isEqualTo("D");
        assertThat(new ScoringRules(100, 60, 0, 95, 85, 70).grade(90)).isEqualTo("B");
    }

    @Test
    void answersScoreByTheConfiguredPoints() {
        WindowWeek basically = new WindowWeek("W01", List.of(all(Rating.BASICALLY_SATISFIED)), 0, List.of(),
                List.of(), 0, 0, 0);

        assertThat(WindowScore.of(basically, ScoringRules.DEFAULTS).score()).isEqualTo(70.0);
        assertThat(WindowScore.of(basically, new ScoringRules(100, 80, 0, 90, 80, 60)).grade()).isEqualTo("B");
        assertThat(WindowScore.of(new WindowWeek("W01", List.of(all(Rating.UNSATISFIED)), 0, List.of(), List.of(), 0,
                0, 0), ScoringRules.DEFAULTS).overallSatisfactionRate()).isEqualTo(0.0);
    }

    @Test
    void aWindowWithNothingToScoreHasNoScoreAndNoGrade() {
        WindowScore s = WindowScore.of(new WindowWeek("W01", List.of(), 3, List.of(), List.of(), 0, 0, 0),
                ScoringRules.DEFAULTS);

        assertThat(s.score()).isNull();
        assertThat(s.grade()).isNull();
        assertThat(s.overallSatisfactionRate()).isNull();
        assertThat(s.unreachable()).isEqualTo(3);
    }
}
