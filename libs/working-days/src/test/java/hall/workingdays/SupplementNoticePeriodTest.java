package hall.workingdays;

import static org.assertj.core.api.Assertions.assertThat;

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

    @Test
    void dayOfReceiptIsTheHallsDate() {
        // 2025-09-25T17:00Z is 2025-09-26 01:00 in Shanghai: counting starts after the 26th, not the 25th
        SupplementNoticePeriod period = SupplementNoticePeriod.of(Instant.parse("2025-09-25T17:00:00Z"),
                BuiltInSchedules.cn(2025), SHANGHAI);
        assertThat(period.receivedOn()).isEqualTo(LocalDate.of(2025, 9, 26));
        assertThat(period.lastDay()).isEqualTo(LocalDate.of(2025, 10, 10));
    }

    @Test
    void periodRunningIntoAYearWithoutScheduleIsProvisional() {
        Instant received = LocalDateTime.parse("2026-12-28T15:00").atZone(SHANGHAI).toInstant();
        SupplementNoticePeriod period = SupplementNoticePeriod.of(received, BuiltInSchedules.cn(2026), SHANGHAI);
        // 12-29, 12-30, 12-31, (2027-01-01 New Year's Day, off by law), 01-04, 01-05
        assertThat(period.lastDay()).isEqualTo(LocalDate.of(2027, 1, 5));
        assertThat(period.provisional()).isTrue();
        assertThat(period.lapsesAt()).isEqualTo(LocalDateTime.parse("2027-01-06T00:00").atZone(SHANGHAI).toInstant());
    }
}
