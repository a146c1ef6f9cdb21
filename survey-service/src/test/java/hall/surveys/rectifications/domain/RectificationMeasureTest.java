package hall.surveys.rectifications.domain;

import hall.surveys.opinions.domain.Opinion;
import hall.surveys.shared.InvalidInput;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RectificationMeasureTest {

    private static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");

    private static Opinion opinion(String contactRef, boolean consent) {
        return new Opinion("o1", "r1", "C", "P01", null, "OPINION", "楼道垃圾多", "CLEANING", "KEYWORD", contactRef,
                consent, NOW);
    }

    private static RectificationMeasure.Answer answer(Integer days, Boolean solvable, String explanation) {
        return RectificationMeasure.check(new RectificationMeasure.Answer("每日清运两次", "保洁主管", days, solvable,
                explanation), 3);
    }

    @Test
    void aConsentingOwnerIsCalledBackWithTheMeasureAndDueDate() {
        RectificationMeasure.Recorded r = RectificationMeasure.record("m1", opinion("owner:7", true),
                answer(null, null, null), LocalDate.of(2026, 12, 3), "manager", NOW, "f1");
        assertThat(r.event().workingDays()).isEqualTo(3);
        assertThat(r.event().dueDate()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(r.event().dueDatePending()).isFalse();
        assertThat(r.followUp().orElseThrow().reason()).isEqualTo("RECTIFICATION");
        assertThat(r.followUp().orElseThrow().contactRef()).isEqualTo("owner:7");
        assertThat(r.followUp().orElseThrow().summary())
                .isEqualTo("您提出的意见「楼道垃圾多」，整改措施：每日清运两次（责任人：保洁主管，预计 2026-12-03 前完成）。");
    }

    @Test
    void noFollowUpWithoutConsentOrContactAndAPendingDateIsNotGuessed() {
        assertThat(RectificationMeasure.record("m", opinion("owner:7", false), answer(5, true, null), null, "m", NOW, "f")
                .followUp()).isEmpty();
        RectificationMeasure.Recorded anonymous = RectificationMeasure.record("m", opinion(null, true),
                answer(5, true, null), null, "m", NOW, "f");
        assertThat(anonymous.followUp()).isEmpty();
        assertThat(anonymous.event().dueDate()).isNull();
        assertThat(anonymous.event().dueDatePending()).isTrue();
    }

    @Test
    void whatCannotBeSolvedNowNeedsAnExplanationThatTheOwnerHears() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> RectificationMeasure.check(
                new RectificationMeasure.Answer(" ", null, 0, false, null), 3));
        assertThat(e.violations()).extracting(InvalidInput.Violation::field)
                .containsExactly("measure", "responsiblePerson", "workingDays", "explanation");
        RectificationMeasure.Recorded r = RectificationMeasure.record("m", opinion("owner:7", true),
                answer(3, false, "需业委会表决维修基金"), null, "m", NOW, "f");
        assertThat(r.event().solvableNow()).isFalse();
        assertThat(r.followUp().orElseThrow().summary()).contains("暂时无法解决的原因：需业委会表决维修基金；已上报");
    }
}
