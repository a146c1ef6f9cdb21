package hall.surveys.shared.remote;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;

import java.util.function.Supplier;

/** A call to another service through its Resilience4j retry and circuit breaker (retry outside, breaker inside). */
record Guarded(CircuitBreaker breaker, Retry retry) {

    <T> T call(Supplier<T> call) {
        return Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(breaker, call)).get();
    }
}
