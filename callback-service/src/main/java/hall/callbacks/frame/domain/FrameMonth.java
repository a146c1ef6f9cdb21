package hall.callbacks.frame.domain;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;

/**
 * A month of a window's frame in hall time: the cases the window received in [first day 00:00, first day of the
 * next month 00:00), the same bounds as case-service's monthly ledger.
 */
public record FrameMonth(YearMonth month, ZoneId zone) {

    public Instant from() {
        return month.atDay(1).atStartOfDay(zone).toInstant();
    }

    public Instant before() {
        return month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
    }
}
