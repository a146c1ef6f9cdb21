package hall.caseservice.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The current time and the hall's time zone (dates shown to applicants and ledger months are hall dates). */
@Component
public class HallClock {

    private final ZoneId zone;
    private final Clock clock;

    public HallClock(@Value("${platform.hall.zone-id:Asia/Shanghai}") String zoneId) {
        this.zone = ZoneId.of(zoneId);
        this.clock = Clock.systemUTC();
    }

    public Instant now() {
        return clock.instant();
    }

    public ZoneId zone() {
        return zone;
    }

    public LocalDate dateOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }
}
