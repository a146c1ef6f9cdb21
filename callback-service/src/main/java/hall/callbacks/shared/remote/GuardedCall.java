package hall.callbacks.shared.remote;

import feign.FeignException;
import hall.callbacks.shared.AccessRefused;
import hall.callbacks.shared.NotFound;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A call to another service through its Feign client inside a Resilience4j circuit breaker with a time limit
 * (Spring Cloud CircuitBreaker, {@code resilience4j.circuitbreaker.instances.<service>} and
 * {@code resilience4j.timelimiter.instances.<service>}), optionally retried. The answers of the service that are
 * about the request (404, 403) pass through as such and do not count against the service; every other failure
 * becomes {@link ServiceUnavailable} naming the service.
 */
public final class GuardedCall {

    private final String service;
    private final CircuitBreakerFactory<?, ?> breakers;
    private final Retry retry;

    private GuardedCall(String service, CircuitBreakerFactory<?, ?> breakers, Retry retry) {
        this.service = service;
        this.breakers = breakers;
        this.retry = retry;
    }

    /** A guard without retries, for calls that must not be repeated. */
    public static GuardedCall of(String service, CircuitBreakerFactory<?, ?> breakers) {
        return new GuardedCall(service, breakers, null);
    }

    /** A guard that tries a read up to {@code maxAttempts} times, {@code wait} apart, unless the circuit is open. */
    public static GuardedCall retrying(String service, CircuitBreakerFactory<?, ?> breakers, int maxAttempts,
            Duration wait) {
        Retry retry = Retry.of(service + "-read", RetryConfig.custom().maxAttempts(maxAttempts).waitDuration(wait)
                .retryOnException(e -> e instanceof ServiceUnavailable u && u.retriable()).build());
        return new GuardedCall(service, breakers, retry);
    }

    public <T> T call(Supplier<T> remote) {
        Supplier<T> guarded = () -> breakers.create(service).run(remote, this::translate);
        return retry == null ? guarded.get() : Retry.decorateSupplier(retry, guarded).get();
    }

    private <T> T translate(Throwable failure) {
        if (failure instanceof FeignException.NotFound nf) {
            throw new NotFound(service + " knows no such record: " + nf.request().url());
        }
        if (failure instanceof FeignException.Forbidden) {
            throw new AccessRefused(service + " refused the caller");
        }
        if (failure instanceof CallNotPermittedException) {
            throw new ServiceUnavailable(service, service + " is unavailable (circuit open); try again later", false,
                    failure);
        }
        throw new ServiceUnavailable(service, service + " did not answer (" + failure.getClass().getSimpleName()
                + "); try again later", true, failure);
    }
}
