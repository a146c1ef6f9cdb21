package hall.surveys.questionnaires.domain;

import hall.surveys.shared.Conflict;
import hall.surveys.shared.InvalidInput;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuestionnaireTest {

    private static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");

    static Questionnaire sample() {
        return Questionnaire.draft("Q", 1, "问卷", SurveyPurpose.OWNER_ANNUAL, List.of(
                new Question("CLEAN", "清洁", QuestionKind.SINGLE_CHOICE, "CLEANING", true, null),
                new Question("SCORE", "总评", QuestionKind.RATING, "CUSTOMER_SERVICE", true, null),
                new Question("PICK", "渠道", QuestionKind.SINGLE_CHOICE, "CUSTOMER_SERVICE", false, List.of("电话", "上门")),
                new Question("TEXT", "意见", QuestionKind.TEXT, "CUSTOMER_SERVICE", false, null)), "u", NOW);
    }

    private static List<String> fields(Runnable r) {
        try {
            r.run();
        } catch (InvalidInput e) {
            return e.violations().stream().map(InvalidInput.Violation::field).toList();
        }
        throw new AssertionError("no violation");
    }

    @Test
    void singleChoiceDefaultsToTheThreeSatisfactionAnswers() {
        Questionnaire q = sample();
        assertThat(q.questions().get(0).options()).containsExactly("满意", "基本满意", "不满意");
        assertThat(q.questions().get(0).scored()).isTrue();
        assertThat(q.questions().get(2).scored()).isFalse();
        assertThat(q.questions().get(3).scored()).isFalse();
    }

    @Test
    void answersAreCheckedAgainstTheVersionAndScored() {
        Map<String, String> answers = Map.of("CLEAN", "基本满意", "SCORE", "2", "PICK", "电话", "TEXT", " 垃圾清运不及时 ");
        List<Answer> checked = sample().check(answers, SatisfactionScores.DEFAULT);

        assertThat(checked).extracting(Answer::level).containsExactly(Satisfaction.BASICALLY_SATISFIED,
                Satisfaction.UNSATISFIED, null, null);
        assertThat(checked).extracting(Answer::score).containsExactly(70, 0, null, null);
        assertThat(checked.get(3).value()).isEqualTo("垃圾清运不及时");
        assertThat(Questionnaire.meanScore(checked)).isEqualTo(35);
        assertThat(sample().check(Map.of("CLEAN", "SATISFIED", "SCORE", "5"), new SatisfactionScores(90, 60, 10)))
                .extracting(Answer::score).containsExactly(90, 90);
        assertThat(sample().check(Map.of("CLEAN", "满意", "SCORE", "3"), SatisfactionScores.DEFAULT))
                .extracting(Answer::level).containsExactly(Satisfaction.SATISFIED, Satisfaction.BASICALLY_SATISFIED);
    }

    @Test
    void everyBadAnswerIsNamed() {
        Map<String, String> answers = new HashMap<>();
        answers.put("SCORE", "6");
        answers.put("PICK", "短信");
        answers.put("TEXT", "x".repeat(2001));
        answers.put("EXTRA", "满意");
        assertThat(fields(() -> sample().check(answers, SatisfactionScores.DEFAULT)))
                .containsExactlyInAnyOrder("answers.EXTRA", "answers.CLEAN", "answers.SCORE", "answers.PICK",
                        "answers.TEXT");
        assertThat(fields(() -> sample().check(Map.of("CLEAN", "满意", "SCORE", "0"), SatisfactionScores.DEFAULT)))
                .containsExactly("answers.SCORE");
    }

    @Test
    void aDraftIsRevisedButAPublishedVersionOnlyMakesANewVersion() {
        Questionnaire draft = sample();
        Questionnaire revised = draft.revise("问卷二", draft.questions().subList(0, 1), "u", NOW);
        assertThat(revised.questions()).hasSize(1);
        Questionnaire published = revised.publish(NOW);
        assertThatThrownBy(() -> published.revise("x", published.questions(), "u", NOW)).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> published.publish(NOW)).isInstanceOf(Conflict.class);
        Questionnaire next = published.nextVersion(null, null, "u", NOW);
        assertThat(next.version()).isEqualTo(2);
        assertThat(next.published()).isFalse();
        assertThat(next.questions()).isEqualTo(published.questions());
    }

    @Test
    void questionRulesNameTheQuestion() {
        List<Question> bad = List.of(
                new Question("A", "文", QuestionKind.RATING, "CLEANING", true, List.of("1", "2")),
                new Question("A", " ", null, "", true, null),
                new Question("C", "文", QuestionKind.SINGLE_CHOICE, "CLEANING", true, List.of("是", "是")));
        assertThat(fields(() -> Questionnaire.draft("Q", 1, "t", SurveyPurpose.HALL_ONSITE, bad, "u", NOW)))
                .containsExactly("questions[0].options", "questions[1].code", "questions[1].text",
                        "questions[1].department", "questions[1].kind", "questions[2].options");
    }
}
