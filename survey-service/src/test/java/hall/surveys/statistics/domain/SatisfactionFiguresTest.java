package hall.surveys.statistics.domain;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static hall.surveys.questionnaires.domain.Satisfaction.BASICALLY_SATISFIED;
import static hall.surveys.questionnaires.domain.Satisfaction.SATISFIED;
import static hall.surveys.questionnaires.domain.Satisfaction.UNSATISFIED;
import static org.assertj.core.api.Assertions.assertThat;

class SatisfactionFiguresTest {

    @Test
    void theRateCountsBasicallySatisfiedAsContentAndHasNoValueWithoutAnswers() {
        assertThat(new Tally(1, 1, 1).rate()).isEqualTo(0.6667);
        assertThat(new Tally(0, 3, 1).rate()).isEqualTo(0.75);
        assertThat(new Tally(0, 0, 2).rate()).isEqualTo(0.0);
        assertThat(Tally.EMPTY.rate()).isNull();
        assertThat(Tally.EMPTY.plus(UNSATISFIED).plus(SATISFIED).plus(BASICALLY_SATISFIED)).isEqualTo(new Tally(1, 1, 1));
    }

    @Test
    void figuresArePerDepartmentAndPerQuestionInTheOrderMet() {
        SatisfactionFigures f = SatisfactionFigures.of(List.of(
                new AnswerFact("CLEANING", "C1", "楼道", SATISFIED),
                new AnswerFact("ENGINEERING", "E1", "报修", UNSATISFIED),
                new AnswerFact("CLEANING", "C2", "垃圾", BASICALLY_SATISFIED),
                new AnswerFact("CLEANING", "C1", "楼道", UNSATISFIED)));

        assertThat(f.overall()).isEqualTo(new Tally(1, 1, 2));
        assertThat(f.byDepartment().keySet()).containsExactly("CLEANING", "ENGINEERING");
        assertThat(f.byDepartment().get("CLEANING").rate()).isEqualTo(0.6667);
        assertThat(f.byDepartment().get("ENGINEERING").rate()).isEqualTo(0.0);
        assertThat(f.byQuestion()).extracting(SatisfactionFigures.QuestionTally::question).containsExactly("C1", "E1", "C2");
        assertThat(f.byQuestion().get(0).tally()).isEqualTo(new Tally(1, 0, 1));
        assertThat(f.byQuestion().get(0).text()).isEqualTo("楼道");
        assertThat(SatisfactionFigures.ofDepartment(List.of(new AnswerFact("CLEANING", "C1", "t", SATISFIED),
                new AnswerFact("ENGINEERING", "E1", "t", SATISFIED)), "ENGINEERING")).hasSize(1);
    }

    @Test
    void yearOnYearShowsTheChangeInPercentagePointsWhereBothYearsHaveAnswers() {
        Map<String, Tally> last = new LinkedHashMap<>();
        last.put("CLEANING", new Tally(1, 0, 1));
        last.put("GENERAL_AFFAIRS", new Tally(1, 0, 0));
        Map<String, Tally> now = new LinkedHashMap<>();
        now.put("ENGINEERING", new Tally(3, 0, 0));
        now.put("CLEANING", new Tally(2, 1, 1));

        assertThat(YearOnYear.compare(last, now)).containsExactly(
                new YearOnYear.Row("ENGINEERING", null, 1.0, null),
                new YearOnYear.Row("CLEANING", 0.5, 0.75, 25.0),
                new YearOnYear.Row("GENERAL_AFFAIRS", 1.0, null, null));
    }
}
