package hall.caseservice.shared;

import hall.workingdays.BuiltInSchedules;
import hall.workingdays.SupplementNoticePeriod;
import hall.workingdays.WorkingDayCalendar;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The hall's working-day calendar as case-service counts it: the State Council schedules shipped in the
 * working-days library (the same ones deadline-service loads at start), so the time rules case-service judges
 * itself hold even while deadline-service is down.
 */
@Component
public class HallCalendar {

    private final WorkingDayCalendar calendar;
    private final HallClock clock;

    public HallCalendar(@Value("${platform.hall.region:CN}") String region, HallClock clock) {
        this.calendar = BuiltInSchedules.calendar(region);
        this.clock = clock;
    }

    public WorkingDayCalendar calendar() {
        return calendar;
    }

    /** The 5-working-day supplement-notice period of a case received at the given instant (art. 32). */
    public SupplementNoticePeriod noticePeriod(Instant receivedAt) {
        return SupplementNoticePeriod.of(receivedAt, calendar, clock.zone());
    }
}
