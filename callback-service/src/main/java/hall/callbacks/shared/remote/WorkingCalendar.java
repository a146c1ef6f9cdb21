package hall.callbacks.shared.remote;

import hall.callbacks.shared.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Optional;

/**
 * deadline-service's working-day calendar of the hall's region ({@code callbacks.problems.calendar-region}, CN),
 * read through a guarded Feign client ({@code resilience4j.*.instances.deadline-service}). Every due date in
 * working days (rectifications, complaint callbacks, departments' measures on owner issues) comes from here;
 * empty when deadline-service does not answer: the date is asked again later, never guessed from weekdays.
 */
@Component
public class WorkingCalendar {

    public static final String SERVICE = "deadline-service";
    private static final Logger log = LoggerFactory.getLogger(WorkingCalendar.class);

    private final WorkingCalendarClient client;
    private final GuardedCall guard;
    private final String region;

    public WorkingCalendar(WorkingCalendarClient client, CircuitBreakerFactory<?, ?> breakers,
            @Value("${callbacks.problems.calendar-region:CN}") String region) {
        this.client = client;
        this.guard = GuardedCall.of(SERVICE, breakers);
        this.region = region;
    }

    /** The date {@code days} working days after {@code from}, or empty while the calendar does not answer. */
    public Optional<LocalDate> workingDaysAfter(LocalDate from, int days, String bearer) {
        try {
            return Optional.ofNullable(guard.call(() -> client.after(region, from.toString(), days, bearer)).date());
        } catch (ServiceUnavailable | NotFound e) {
            log.warn("Date {} working days after {} pending: {}", days, from, e.getMessage());
            return Optional.empty();
        }
    }
}
