package hall.callbacks.visits.domain;

import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time of day a visit is planned for: the start of the owner's preferred contact time when the free text
 * names one ("工作日 19:00-20:00"), else the default; never outside the calling hours (then the default) and never
 * in the quiet hours (moved to their end).
 */
public record VisitTiming(LocalTime callingFrom, LocalTime callingTo, LocalTime quietFrom, LocalTime quietTo,
        LocalTime defaultTime) {

    private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3])[:：]([0-5]\\d)");

    public LocalTime timeFor(String preferredContactTimes) {
        LocalTime t = defaultTime;
        if (preferredContactTimes != null) {
            Matcher m = TIME.matcher(preferredContactTimes);
            if (m.find()) {
                t = LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
        }
        if (t.isBefore(callingFrom) || !t.isBefore(callingTo)) {
            t = defaultTime;
        }
        if (quiet(t)) {
            t = quietTo;
        }
        return t;
    }

    public boolean quiet(LocalTime t) {
        return !t.isBefore(quietFrom) && t.isBefore(quietTo);
    }
}
