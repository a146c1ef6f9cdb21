package hall.surveys.campaigns.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An ISO week such as 2026-W48 (Monday to Sunday), the period of a window's on-site forms and scores. */
public record IsoWeek(int weekBasedYear, int week) {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-W(\\d{2})");

    public static Optional<IsoWeek> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        int week = Integer.parseInt(m.group(2));
        LocalDate probe = LocalDate.of(year, 6, 1);
        if (week < 1 || week > probe.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
            return Optional.empty();
        }
        return Optional.of(new IsoWeek(year, week));
    }

    public static IsoWeek of(LocalDate date) {
        return new IsoWeek(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    public LocalDate monday() {
        return LocalDate.of(weekBasedYear, 6, 1).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    public LocalDate sunday() {
        return monday().plusDays(6);
    }

    @Override
    public String toString() {
        return String.format("%04d-W%02d", weekBasedYear, week);
    }
}
