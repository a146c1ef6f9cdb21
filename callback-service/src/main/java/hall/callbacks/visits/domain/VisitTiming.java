package hall.callbacks.visits.domain;

import java.time.LocalTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time of day a visit is planned for: the start of the owner's preferred contact time when the free text
 * names one ("工作日 19:00-20:00", "晚上7点后": 19:00, "下午3点半": 15:30), or the part of the day it names
 * (上午 09:00, 下午 15:00, 晚上 19:00), else the default; never outside the calling hours (then the default) and
 * never in the quiet hours (moved to their end).
 */
public record VisitTiming(LocalTime callingFrom, LocalTime callingTo, LocalTime quietFrom, LocalTime quietTo,
        LocalTime defaultTime) {

    private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3])(?:[:：]([0-5]\\d)|点(半)?)");
    private static final Pattern AFTERNOON = Pattern.compile("下午|傍晚|晚上|晚");

    public LocalTime timeFor(String preferredContactTimes) {
        LocalTime t = defaultTime;
        if (preferredContactTimes != null) {
            Matcher m = TIME.matcher(preferredContactTimes);
            boolean afternoon = AFTERNOON.matcher(preferredContactTimes).find();
            if (m.find()) {
                int hour = Integer.parseInt(m.group(1));
                int minute = m.group(2) != null ? Integer.parseInt(m.group(2)) : m.group(3) != null ? 30 : 0;
                t = LocalTime.of(afternoon && hour < 12 ? hour + 12 : hour, minute);
            } else if (preferredContactTimes.contains("晚")) {
                t = LocalTime.of(19, 0);
            } else if (preferredContactTimes.contains("下午")) {
                t = LocalTime.of(15, 0);
            } else if (preferredContactTimes.contains("上午")) {
                t = LocalTime.of(9, 0);
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
