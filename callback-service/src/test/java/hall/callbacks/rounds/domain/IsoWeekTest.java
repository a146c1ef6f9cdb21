package hall.callbacks.rounds.domain;

import hall.callbacks.shared.BadField;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IsoWeekTest {

    @Test
    void readsAnIsoWeekAndKnowsItsDaysAndFrameMonth() {
        IsoWeek w = IsoWeek.parse("2026-W48", "week");

        assertThat(w.monday()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(w.sunday()).isEqualTo(LocalDate.of(2026, 11, 29));
        assertThat(w.frameMonth()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(w).hasToString("2026-W48");
        assertThat(IsoWeek.of(LocalDate.of(2027, 1, 1))).hasToString("2026-W53");
        assertThat(IsoWeek.parse("2026-W53", "week").monday()).isEqualTo(LocalDate.of(2026, 12, 28));
    }

    @Test
    void anythingElseIsABadFieldNamedByTheCaller() {
        for (String bad : new String[] {"2026-48", "2026-W5", "2026-W00", "2025-W53", "26-W10", "2026-w48", "", null}) {
            assertThatThrownBy(() -> IsoWeek.parse(bad, "week")).as(bad).isInstanceOf(BadField.class)
                    .extracting("field").isEqualTo("week");
        }
    }
}
