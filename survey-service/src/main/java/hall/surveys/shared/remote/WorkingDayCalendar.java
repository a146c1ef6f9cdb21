package hall.surveys.shared.remote;

import hall.surveys.shared.config.SurveySettings;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Due dates in working days from deadline-service's calendar (the caller's token forwarded), guarded by the
 * {@code deadline-service} retry and circuit breaker. When the calendar cannot be asked the answer is empty: the
 * due date stays pending and is never guessed from weekdays.
 */
@Component
public class WorkingDayCalendar {

    private static final Logger log = LoggerFactory.getLogger(WorkingDayCalendar.class);

    private final DeadlineServiceClient client;
    private final Guarded guarded;
    private final SurveySettings settings;

    public WorkingDayCalendar(DeadlineServiceClient client, CircuitBreakerRegistry breakers, RetryRegistry retries,
            SurveySettings settings) {
        this.client = client;
        this.guarded = new Guarded(breakers.circuitBreaker("deadline-service"), retries.retry("deadline-service"));
        this.settings = settings;
    }

    /** The date {@code days} working days after {@code from}, or empty while deadline-service cannot answer. */
    public Optional<LocalDate> after(LocalDate from, int days) {
        String token = BearerToken.current();
        try {
            return Optional.ofNullable(guarded.call(() -> client.after(token, settings.calendarRegion(), from.toString(), days)).date());
        } catch (RuntimeException e) {
            log.warn("deadline-service did not give the date {} working days after {}; the due date stays pending: {}",
                    days, from, e.toString());
            return Optional.empty();
        }
    }
}
