package hall.caseservice.shared.persistence;

import hall.caseservice.shared.StoredValueOutOfRange;
import hall.workingdays.CalendarRange;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Instants to and from {@code timestamptz} columns, in UTC, for every feature's repositories. */
public final class UtcTimestamps {

    private UtcTimestamps() {
    }

    public static OffsetDateTime ts(Instant i) {
        return i == null ? null : i.atOffset(ZoneOffset.UTC);
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    /**
     * The column's instant when the hall's calendars can work with it; null when it is null or out of range
     * ({@code -infinity}, {@code infinity}, a date outside {@link CalendarRange}): the safe value for a reader
     * that only shows it.
     */
    public static Instant usableInstant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null || !usable(t) ? null : t.toInstant();
    }

    /** Whether a stored value is a date the calendars cover (pgjdbc reads the infinities as the extreme values). */
    public static boolean usable(OffsetDateTime t) {
        return t.getYear() > -9999 && t.getYear() < 9999 && CalendarRange.contains(t.toInstant());
    }

    /**
     * The column's instant for a reader that changes the record: out of range it refuses, naming the field.
     */
    public static Instant requiredUsableInstant(ResultSet rs, String column, String record, String field)
            throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        if (t != null && !usable(t)) {
            throw new StoredValueOutOfRange(record, field, rs.getString(column));
        }
        return t == null ? null : t.toInstant();
    }
}
