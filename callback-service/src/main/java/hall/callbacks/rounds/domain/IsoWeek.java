package hall.callbacks.rounds.domain;

import hall.callbacks.shared.BadField;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An ISO week as the hall writes it, {@code 2026-W48}: Monday to Sunday, week 1 holds the year's first Thursday. */
public record IsoWeek(int year, int week) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-W(\\d{2})");

    public IsoWeek {
        if (year < 2000 || year > 2999) {
            throw new BadField("week", "the year of week must lie between 2000 and 2999");
        }
        int weeks = (int) LocalDate.of(year, 6, 1).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
        if (week < 1 || week > weeks) {
            throw new BadField("week", year + " has ISO weeks 1 to " + weeks);
        }
    }

    /** Reads {@code yyyy-Www}; anything else is a bad {@code field}. */
    public static IsoWeek parse(String text, String field) {
        Matcher m = text == null ? null : FORMAT.matcher(text);
        if (m == null || !m.matches()) {
            throw new BadField(field, "must be an ISO week such as 2026-W48");
        }
        try {
            return new IsoWeek(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        } catch (BadField e) {
            throw new BadField(field, e.getMessage());
        }
    }

    public static IsoWeek of(LocalDate day) {
        return new IsoWeek(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    public LocalDate monday() {
        return LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
    }

    public LocalDate sunday() {
        return monday().plusDays(6);
    }

    /** The month whose ledger a round of this week samples: the month of the week's Monday. */
    public YearMonth frameMonth() {
        return YearMonth.from(monday());
    }

    @Override
    public String toString() {
        return String.format("%d-W%02d", year, week);
    }
}
