package hall.gateway.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;

import org.junit.jupiter.api.Test;

class FallbackReasonTest {

    @Test
    void eachRefusalNamesItsCause() {
        assertThat(FallbackController.reason(CallNotPermittedException.createCallNotPermittedException(CircuitBreaker.ofDefaults("c"))))
                .isEqualTo("is failing (circuit open)");
        assertThat(FallbackController.reason(BulkheadFullException.createBulkheadFullException(Bulkhead.ofDefaults("b"))))
                .isEqualTo("has as many requests in flight as its route allows");
        assertThat(FallbackController.reason(new TimeoutException())).isEqualTo("did not answer within the time limit");
        assertThat(FallbackController.reason(new ConnectException("refused"))).isEqualTo("is not reachable");
    }
}
