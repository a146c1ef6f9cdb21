package hall.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;

class ClientRateLimiterTest {

    private final AtomicLong clock = new AtomicLong();
    private final ClientRateLimiter limiter = new ClientRateLimiter(null,
            new ClientRateLimiter.Config().setBurstCapacity(2).setReplenishRate(1), null, clock::get);

    @Test
    void countsPerClientAndRouteAndSaysWhenToRetry() {
        limiter.getConfig().put("strict", new ClientRateLimiter.Config().setBurstCapacity(1).setReplenishRate(1));

        assertThat(limiter.isAllowed("strict", "sub:a").block().isAllowed()).isTrue();
        RateLimiter.Response refused = limiter.isAllowed("strict", "sub:a").block();
        assertThat(refused.isAllowed()).isFalse();
        assertThat(refused.getHeaders()).containsEntry("Retry-After", "1").containsEntry("X-RateLimit-Remaining", "0");

        assertThat(limiter.isAllowed("strict", "sub:b").block().isAllowed()).isTrue();
        assertThat(limiter.isAllowed("other-route", "sub:a").block().isAllowed()).isTrue();
        assertThat(limiter.isAllowed("other-route", "sub:a").block().isAllowed()).isTrue();
        assertThat(limiter.isAllowed("other-route", "sub:a").block().isAllowed()).isFalse();
    }

    @Test
    void forgetsClientsWhoseBucketsRefilled() {
        for (int i = 0; i < 1023; i++) {
            limiter.isAllowed("route", "ip:10.0.0." + i).block();
        }
        assertThat(limiter.bucketCount()).isEqualTo(1023);

        clock.addAndGet(10_000_000_000L);
        limiter.isAllowed("route", "sub:late").block();

        assertThat(limiter.bucketCount()).isLessThanOrEqualTo(1);
    }
}
