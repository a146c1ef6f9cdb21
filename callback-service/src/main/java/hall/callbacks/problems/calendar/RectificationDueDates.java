package hall.callbacks.problems.calendar;

import hall.callbacks.shared.NotFound;
import hall.callbacks.shared.remote.GuardedCall;
import hall.callbacks.shared.remote.ServiceUnavailable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The due date of a rectification: {@code callbacks.problems.rectification-working-days} (default 3) working days
 * after the day the problem was opened, on the hall's region calendar of deadline-service, read through a guarded
 * Feign client ({@code resilience4j.*.instances.deadline-service}). Empty when deadline-service does not answer:
 * the date is asked again later, never guessed from weekdays.
 */
@Component
public class RectificationDueDates {

    public static final String SERVICE = "deadline-service";
    private static final Logger log = LoggerFactory.getLogger(RectificationDueDates.class);

    private final WorkingCalendarClient client;
    private final GuardedCall guard;
    private final String region;
    private final int workingDays;

    public RectificationDueDates(WorkingCalendarClient client, CircuitBreakerFactory<?, ?> breakers,
            @Value("${callbacks.problems.calendar-region:CN}") String region,
            @Value("${callbacks.problems.rectification-working-days:3}") int workingDays) {
        this.client = client;
        this.guard = GuardedCall.of(SERVICE, breakers);
        this.region = region;
        this.workingDays = workingDays;
    }

    public Optional<LocalDate> after(LocalDate opened, String bearer) {
        return workingDaysAfter(opened, workingDays, bearer);
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
