package hall.deadlines.supplement.domain;

import static org.assertj.core.api.Assertions.assertThat;

import hall.deadlines.calendar.domain.BuiltInSchedules;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SupplementNoticePeriodTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void lapsesAfterTheFifthWorkingDayAfterReceipt() {
        Instant received = LocalDateTime.parse("2025-09-26T16:30").atZone(SHANGHAI).toInstant();
        SupplementNoticePeriod period = SupplementNoticePeriod.of(received, BuiltInSchedules.cn(2025), SHANGHAI);
        assertThat(period.receivedOn()).isEqualTo(LocalDate.of(2025, 9, 26));
        assertThat(period.lastDay()).isEqualTo(LocalDate.of(2025, 10, 10));
        assertThat(period.lapsesAt()).isEqualTo(LocalDateTime.parse("2025-10-11T00:00").atZone(SHANGHAI).toInstant());
        assertThat(period.provisional()).isFalse();
    }
}
