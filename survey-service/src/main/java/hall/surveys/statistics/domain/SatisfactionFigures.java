package hall.surveys.statistics.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Satisfaction rates overall, per department and per question, from scored answers (in questionnaire order). */
public record SatisfactionFigures(Tally overall, Map<String, Tally> byDepartment, List<QuestionTally> byQuestion) {

    public record QuestionTally(String question, String text, String department, Tally tally) {
    }

    public static SatisfactionFigures of(List<AnswerFact> facts) {
        Tally overall = Tally.EMPTY;
        Map<String, Tally> departments = new LinkedHashMap<>();
        Map<String, QuestionTally> questions = new LinkedHashMap<>();
        for (AnswerFact f : facts) {
            overall = overall.plus(f.level());
            departments.merge(f.department(), Tally.EMPTY.plus(f.level()), (a, b) -> a.plus(f.level()));
            questions.merge(f.question(), new QuestionTally(f.question(), f.questionText(), f.department(),
                    Tally.EMPTY.plus(f.level())), (a, b) -> new QuestionTally(a.question(), a.text(), a.department(),
                    a.tally().plus(f.level())));
        }
        return new SatisfactionFigures(overall, departments, new ArrayList<>(questions.values()));
    }

    /** Only the answers judging one department (what a department officer sees). */
    public static List<AnswerFact> ofDepartment(List<AnswerFact> facts, String department) {
        return facts.stream().filter(f -> f.department().equals(department)).toList();
    }
}
