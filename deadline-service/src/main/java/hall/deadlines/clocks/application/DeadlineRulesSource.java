package hall.deadlines.clocks.application;

import hall.deadlines.calendar.application.Calendars;
import hall.workingdays.WorkingDayCalendar;
import hall.deadlines.clocks.domain.DeadlineRules;
import hall.deadlines.clocks.domain.WarningPolicy;
import hall.deadlines.shared.DeadlineProperties;
import hall.deadlines.shared.HallSettings.HallZone;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Builds the rules deadline arithmetic needs. Each unit of work asks {@link Calendars} for the region's calendar as
 * stored now (a digest per year; parsed again only when one changed), so every instance sees a corrected year as
 * soon as it is committed.
 */
@Component
public class DeadlineRulesSource {

    private final Calendars calendars;
    private final HallZone zone;
    private final WarningPolicy policy;
    private final String defaultRegion;

    public DeadlineRulesSource(Calendars calendars, HallZone zone, DeadlineProperties properties) {
        this.calendars = calendars;
        this.zone = zone;
        this.policy = new WarningPolicy(properties.getWarning().getDaysLeft(), properties.getWarning().getShareOfLimit());
        this.defaultRegion = properties.getRegion();
    }

    public String defaultRegion() {
        return defaultRegion;
    }

    public DeadlineRules rules(WorkingDayCalendar calendar) {
        return new DeadlineRules(calendar, zone.zone(), policy);
    }

    /** A per-unit-of-work lookup that reads each region's calendar once. */
    public Function<String, DeadlineRules> perRegion() {
        Map<String, DeadlineRules> cache = new HashMap<>();
        return region -> cache.computeIfAbsent(region, r -> rules(calendars.calendar(r)));
    }
}
