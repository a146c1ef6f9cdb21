package hall.workingdays;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The dates the hall's working-day arithmetic answers for. Calendar questions outside it are refused, and a stored
 * or received instant outside it (a {@code -infinity} row, a date from before the import bounds) is not worked with.
 */
public final class CalendarRange {

    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2999, 12, 31);

    private static final Instant FIRST = EARLIEST.atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant AFTER_LAST = LATEST.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

    private CalendarRange() {
    }

    public static boolean contains(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }

    /** Whether the instant lies within the range's days, counted in UTC. */
    public static boolean contains(Instant instant) {
        return !instant.isBefore(FIRST) && instant.isBefore(AFTER_LAST);
    }
}
