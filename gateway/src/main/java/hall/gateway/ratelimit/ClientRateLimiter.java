package hall.gateway.ratelimit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

import org.springframework.cloud.gateway.filter.ratelimit.AbstractRateLimiter;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.cloud.gateway.support.ConfigurationService;
import org.springframework.http.HttpHeaders;

import reactor.core.publisher.Mono;

/**
 * Rate limit per client (token subject, else IP) and route, for Spring Cloud Gateway's {@code RequestRateLimiter}
 * filter. Limits are set per route with the filter arguments {@code client-rate-limiter.replenish-rate},
 * {@code client-rate-limiter.burst-capacity} and {@code client-rate-limiter.requested-tokens}; routes without
 * them use the defaults ({@code hall.gateway.rate-limit.*}).
 * <p>
 * By default the buckets live in this gateway's memory (one gateway instance). With several instances, the
 * {@code redis} profile hands every decision to Spring Cloud Gateway's {@link RedisRateLimiter} with the same
 * limits, so all instances share the buckets. Either way a refused request gets 429 with {@code Retry-After}.
 */
public class ClientRateLimiter extends AbstractRateLimiter<ClientRateLimiter.Config> {

    public static final String CONFIGURATION_PROPERTY_NAME = "client-rate-limiter";
    public static final String REMAINING_HEADER = "X-RateLimit-Remaining";
    public static final String REPLENISH_RATE_HEADER = "X-RateLimit-Replenish-Rate";
    public static final String BURST_CAPACITY_HEADER = "X-RateLimit-Burst-Capacity";

    private static final int SWEEP_EVERY = 1024;

    private final Config defaults;
    private final RedisRateLimiter shared;
    private final LongSupplier nanoClock;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong calls = new AtomicLong();

    public ClientRateLimiter(ConfigurationService configurationService, Config defaults, RedisRateLimiter shared,
            LongSupplier nanoClock) {
        super(Config.class, CONFIGURATION_PROPERTY_NAME, configurationService);
        this.defaults = defaults;
        this.shared = shared;
        this.nanoClock = nanoClock;
    }

    @Override
    public Mono<Response> isAllowed(String routeId, String clientKey) {
        Config config = getConfig().getOrDefault(routeId, defaults);
        if (shared != null) {
            return isAllowedShared(routeId, clientKey, config);
        }
        long now = nanoClock.getAsLong();
        sweepFullBuckets(now);
        TokenBucket bucket = buckets.computeIfAbsent(routeId + '\u0000' + clientKey,
                key -> new TokenBucket(config.getBurstCapacity(), config.getReplenishRate(), now));
        TokenBucket.Decision decision = bucket.take(config.getRequestedTokens(), now);
        Map<String, String> headers = headers(config, decision.remaining());
        if (!decision.allowed()) {
            headers.put(HttpHeaders.RETRY_AFTER, Long.toString(decision.retryAfterSeconds()));
        }
        return Mono.just(new Response(decision.allowed(), headers));
    }

    private Mono<Response> isAllowedShared(String routeId, String clientKey, Config config) {
        shared.getConfig().computeIfAbsent(routeId, id -> new RedisRateLimiter.Config()
                .setReplenishRate(config.getReplenishRate())
                .setBurstCapacity(config.getBurstCapacity())
                .setRequestedTokens(config.getRequestedTokens()));
        return shared.isAllowed(routeId, clientKey).map(response -> {
            if (response.isAllowed()) {
                return response;
            }
            Map<String, String> headers = new LinkedHashMap<>(response.getHeaders());
            long seconds = Math.max(1, (config.getRequestedTokens() + config.getReplenishRate() - 1) / config.getReplenishRate());
            headers.put(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            return new Response(false, headers);
        });
    }

    private Map<String, String> headers(Config config, long remaining) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(REMAINING_HEADER, Long.toString(remaining));
        headers.put(REPLENISH_RATE_HEADER, Integer.toString(config.getReplenishRate()));
        headers.put(BURST_CAPACITY_HEADER, Integer.toString(config.getBurstCapacity()));
        return headers;
    }

    /** Forgets buckets that have refilled completely, so memory stays bounded by the active clients. */
    private void sweepFullBuckets(long now) {
        if (calls.incrementAndGet() % SWEEP_EVERY == 0) {
            buckets.values().removeIf(bucket -> bucket.isFull(now));
        }
    }

    int bucketCount() {
        return buckets.size();
    }

    /** Limits of one route. */
    public static class Config {

        private int replenishRate = 20;
        private int burstCapacity = 40;
        private int requestedTokens = 1;

        public int getReplenishRate() {
            return replenishRate;
        }

        public Config setReplenishRate(int replenishRate) {
            this.replenishRate = replenishRate;
            return this;
        }

        public int getBurstCapacity() {
            return burstCapacity;
        }

        public Config setBurstCapacity(int burstCapacity) {
            this.burstCapacity = burstCapacity;
            return this;
        }

        public int getRequestedTokens() {
            return requestedTokens;
        }

        public Config setRequestedTokens(int requestedTokens) {
            this.requestedTokens = requestedTokens;
            return this;
        }
    }
}
