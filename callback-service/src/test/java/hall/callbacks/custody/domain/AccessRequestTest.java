package hall.callbacks.custody.domain;

import hall.callbacks.shared.BadField;
import hall.callbacks.shared.RuleBroken;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccessRequestTest {

    static final Instant T0 = Instant.parse("2026-11-30T02:00:00Z");

    private static AccessRequest requested(Integer days) {
        return AccessRequest.request("r1", "P01", "年终考核核对回访记录", "officer-1", "FINANCE", days, T0);
    }

    @Test
    void aGrantLetsItsRequesterReadForTheRequestedDaysOnly() {
        AccessRequest.Decided d = requested(3).decide(true, null, "manager-p01", T0.plusSeconds(60));
        assertThat(d.granted()).get().satisfies(e -> assertThat(e.validUntil())
                .isEqualTo(T0.plusSeconds(60).plus(Duration.ofDays(3))));
        assertThat(d.request().grantsAt(T0.plus(Duration.ofDays(3)))).isTrue();
        assertThat(d.request().grantsAt(T0.plusSeconds(60).plus(Duration.ofDays(3)))).isFalse();
        assertThat(requested(null).days()).isEqualTo(AccessRequest.DEFAULT_DAYS);
    }

    @Test
    void aDenialNeedsAReasonAndNothingIsDecidedTwiceOrByItsRequester() {
        assertThatThrownBy(() -> requested(null).decide(false, " ", "manager-p01", T0))
                .isInstanceOf(BadField.class).extracting("field").isEqualTo("reason");
        AccessRequest.Decided denied = requested(null).decide(false, "与考核无关", "manager-p01", T0);
        assertThat(denied.granted()).isEmpty();
        assertThat(denied.request().grantsAt(T0)).isFalse();
        assertThatThrownBy(() -> denied.request().decide(true, null, "sup-1", T0)).isInstanceOf(RuleBroken.class);
        assertThatThrownBy(() -> requested(null).decide(true, null, "officer-1", T0)).isInstanceOf(RuleBroken.class);
        assertThatThrownBy(() -> requested(31)).isInstanceOf(BadField.class).extracting("field").isEqualTo("days");
        assertThatThrownBy(() -> AccessRequest.request("r", "P01", "", "o", null, null, T0))
                .isInstanceOf(BadField.class).extracting("field").isEqualTo("purpose");
    }
}
