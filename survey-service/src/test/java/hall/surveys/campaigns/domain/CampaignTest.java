package hall.surveys.campaigns.domain;

import hall.surveys.questionnaires.domain.Question;
import hall.surveys.questionnaires.domain.QuestionKind;
import hall.surveys.questionnaires.domain.Questionnaire;
import hall.surveys.questionnaires.domain.SurveyPurpose;
import hall.surveys.shared.Conflict;
import hall.surveys.shared.InvalidInput;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CampaignTest {

    static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    static Questionnaire form(SurveyPurpose purpose) {
        return Questionnaire.draft("F", 3, "表", purpose, List.of(
                new Question("A", "态度", QuestionKind.SINGLE_CHOICE, "WINDOW", true, null)), "u", NOW).publish(NOW);
    }

    @Test
    void anOnSiteCampaignTakesTheDefaultTargetAndClosesOnTheSundayOfItsWeek() {
        Campaign c = Campaign.open(new Campaign.Opening("HO-1", SurveyPurpose.HALL_ONSITE, null, null, "W01",
                "2026-W49", null, null), form(SurveyPurpose.HALL_ONSITE), 5, TODAY, "u", NOW);
        assertThat(c.target()).isEqualTo(5);
        assertThat(c.collectionDate()).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(c.questionnaireVersion()).isEqualTo(3);
        assertThat(c.collecting(LocalDate.of(2026, 12, 6))).isTrue();
        assertThat(c.collecting(LocalDate.of(2026, 12, 7))).isFalse();
        assertThatThrownBy(() -> c.requireCollecting(LocalDate.of(2026, 12, 7))).isInstanceOf(Conflict.class);
        assertThat(c.opened(0).isoWeek()).isEqualTo("2026-W49");
    }

    @Test
    void anOwnerSurveyNeedsProjectYearAndCollectionDate() {
        Campaign c = Campaign.open(new Campaign.Opening("OA", SurveyPurpose.OWNER_ANNUAL, "P01", 2025, null, null,
                null, LocalDate.of(2025, 12, 15)), form(SurveyPurpose.OWNER_ANNUAL), 5, TODAY, "u", NOW);
        assertThat(c.target()).isNull();
        assertThat(c.opened(12).receipts()).isEqualTo(12);

        InvalidInput e = org.junit.jupiter.api.Assertions.assertThrows(InvalidInput.class, () -> Campaign.open(
                new Campaign.Opening("OA", SurveyPurpose.OWNER_ANNUAL, null, null, "W01", null, null, null),
                form(SurveyPurpose.HALL_ONSITE), 5, TODAY, "u", NOW));
        assertThat(e.violations()).extracting(InvalidInput.Violation::field)
                .containsExactly("questionnaire", "projectCode", "year", "collectionDate", "windowCode");
    }

    @Test
    void isoWeeksParseStrictly() {
        assertThat(IsoWeek.parse("2026-W53")).isPresent();
        assertThat(IsoWeek.parse("2025-W53")).isEmpty();
        assertThat(IsoWeek.parse("2026-W00")).isEmpty();
        assertThat(IsoWeek.parse("2026-48")).isEmpty();
        assertThat(IsoWeek.of(LocalDate.of(2027, 1, 1)).toString()).isEqualTo("2026-W53");
        assertThat(IsoWeek.parse("2026-W01").orElseThrow().monday()).isEqualTo(LocalDate.of(2025, 12, 29));
    }
}
