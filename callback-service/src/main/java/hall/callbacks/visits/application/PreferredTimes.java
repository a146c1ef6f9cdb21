package hall.callbacks.visits.application;

import hall.callbacks.tasks.application.CallingProperties;
import hall.callbacks.visits.domain.VisitTiming;
import org.springframework.stereotype.Component;

import java.time.LocalTime;

/**
 * The time of day to call someone who said when suits them ("晚上7点后", "下午", "工作日 15:00-17:00"): the rule of
 * owner visits ({@link VisitTiming}) within the calling hours and outside the noon rest, for any feature that calls.
 */
@Component
public class PreferredTimes {

    private final VisitTiming timing;

    public PreferredTimes(VisitProperties visits, CallingProperties calling) {
        this.timing = visits.timing(calling.from(), calling.to());
    }

    public LocalTime timeFor(String preferredTimes) {
        return timing.timeFor(preferredTimes);
    }
}
