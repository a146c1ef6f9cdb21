package hall.surveys.ratings.domain;

import hall.surveys.events.RatingLevel;
import hall.surveys.shared.InvalidInput;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EvaluatorRatingTest {

    private static final Instant NOW = Instant.parse("2026-11-30T02:00:00Z");

    private static EvaluatorRating.Rated rate(RatingLevel level, String reason, String caseId) {
        return EvaluatorRating.rate("r1", caseId, "W01", null, new EvaluatorRating.Choice(level, reason), 70,
                RatingChannel.DEVICE, "clerk", NOW, "f1");
    }

    @Test
    void onlyTheTwoBadLevelsNeedAReasonAndAskForAFollowUp() {
        for (RatingLevel level : RatingLevel.values()) {
            if (level.bad()) {
                InvalidInput e = assertThrows(InvalidInput.class, () -> rate(level, null, "C1"));
                assertThat(e.violations()).extracting(InvalidInput.Violation::field).containsExactly("reason");
                assertThat(rate(level, "态度差", "C1").followUp()).isPresent();
            } else {
                assertThat(rate(level, null, "C1").followUp()).isEmpty();
            }
        }
    }

    @Test
    void theEventsCarryTheScoreWindowAndContactReference() {
        EvaluatorRating.Rated r = rate(RatingLevel.VERY_UNSATISFIED, "推诿", "C9");
        assertThat(r.recorded().score()).isEqualTo(70);
        assertThat(r.recorded().channel()).isEqualTo("DEVICE");
        assertThat(r.recorded().contactRef()).isEqualTo("case:C9");
        assertThat(r.followUp().orElseThrow().subjectRef()).isEqualTo("rating:r1");
        assertThat(r.followUp().orElseThrow().summary()).isEqualTo("电子评价器差评（非常不满意）：窗口 W01，办件 C9。原因：推诿");
        assertThat(rate(RatingLevel.UNSATISFIED, "慢", null).followUp().orElseThrow().contactRef()).isNull();
    }

    @Test
    void aLevelAndAWindowAreRequired() {
        InvalidInput e = assertThrows(InvalidInput.class, () -> EvaluatorRating.rate("r", null, null, null,
                new EvaluatorRating.Choice(null, null), 0, RatingChannel.ONLINE, "a", NOW, "f"));
        assertThat(e.violations()).extracting(InvalidInput.Violation::field).containsExactly("level", "windowCode");
    }
}
