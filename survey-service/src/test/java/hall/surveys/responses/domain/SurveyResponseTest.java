package hall.surveys.responses.domain;

import hall.surveys.campaigns.domain.Campaign;
import hall.surveys.questionnaires.domain.Question;
import hall.surveys.questionnaires.domain.QuestionKind;
import hall.surveys.questionnaires.domain.Questionnaire;
import hall.surveys.questionnaires.domain.SatisfactionScores;
import hall.surveys.questionnaires.domain.SurveyPurpose;
import hall.surveys.shared.Conflict;
import hall.surveys.shared.InvalidInput;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SurveyResponseTest {

    static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    static final Questionnaire FORM = Questionnaire.draft("F", 1, "表", SurveyPurpose.HALL_ONSITE, List.of(
            new Question("A", "态度", QuestionKind.SINGLE_CHOICE, "WINDOW", true, null),
            new Question("B", "效率", QuestionKind.SINGLE_CHOICE, "WINDOW", true, null)), "u", NOW).publish(NOW);
    static final Campaign WEEK = Campaign.open(new Campaign.Opening("HO", SurveyPurpose.HALL_ONSITE, null, null,
            "W01", "2026-W49", null, null), FORM, 5, TODAY, "u", NOW);

    private static SurveyResponse.Recorded record(SurveyResponse.Form form, LocalDate today) {
        return SurveyResponse.record("r1", WEEK, FORM, null, null, "case:1", form, today, SatisfactionScores.DEFAULT,
                "clerk", NOW);
    }

    @Test
    void aFormPublishesItsWindowWeekAndMeanScore() {
        SurveyResponse.Recorded r = record(new SurveyResponse.Form(Map.of("A", "满意", "B", "基本满意"), false, true, null),
                LocalDate.of(2026, 12, 2));
        assertThat(r.response().score()).isEqualTo(85);
        assertThat(r.response().collectedOn()).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(r.response().contactRef()).isEqualTo("case:1");
        assertThat(r.event().windowCode()).isEqualTo("W01");
        assertThat(r.event().isoWeek()).isEqualTo("2026-W49");
        assertThat(r.event().score()).isEqualTo(85);
        assertThat(r.event().campaignKind()).isEqualTo("HALL_ONSITE");
    }

    @Test
    void aFormCollectedAfterTheCollectionDateIsRefusedAsAConflict() {
        SurveyResponse.Form form = new SurveyResponse.Form(Map.of("A", "满意", "B", "满意"), true, false, null);
        assertThatThrownBy(() -> record(form, LocalDate.of(2026, 12, 7))).isInstanceOf(Conflict.class);
        SurveyResponse.Form collectedInTime = new SurveyResponse.Form(Map.of("A", "满意", "B", "满意"), true, false,
                LocalDate.of(2026, 12, 6));
        assertThat(record(collectedInTime, LocalDate.of(2026, 12, 9)).response().contactRef()).isNull();
    }

    @Test
    void aFutureCollectionDateAndAFollowUpOnAnAnonymousFormAreBadInput() {
        SurveyResponse.Form form = new SurveyResponse.Form(Map.of("A", "满意", "B", "满意"), true, true,
                LocalDate.of(2026, 12, 3));
        InvalidInput e = org.junit.jupiter.api.Assertions.assertThrows(InvalidInput.class,
                () -> record(form, LocalDate.of(2026, 12, 2)));
        assertThat(e.violations()).extracting(InvalidInput.Violation::field)
                .containsExactly("collectedOn", "followUpConsent");
    }
}
