package hall.gateway.ratelimit;

/**
 * A token bucket of one client on one route: holds up to {@code burstCapacity} tokens, refilled at
 * {@code replenishRate} tokens per second; a request takes {@code requestedTokens}. Time is passed in (nanos)
 * so that the rule is tested without waiting.
 */
final class TokenBucket {

    private final double capacity;
    private final double tokensPerNano;
    private double tokens;
    private long lastRefill;

    TokenBucket(int burstCapacity, int replenishRate, long now) {
        if (burstCapacity < 1 || replenishRate < 1) {
            throw new IllegalArgumentException("burst capacity and replenish rate must be at least 1");
        }
        this.capacity = burstCapacity;
        this.tokensPerNano = replenishRate / 1_000_000_000d;
        this.tokens = burstCapacity;
        this.lastRefill = now;
    }

    /** Takes the tokens if there are enough; otherwise tells how long until there will be. */
    synchronized Decision take(int requested, long now) {
        refill(now);
        if (tokens >= requested) {
            tokens -= requested;
            return new Decision(true, (long) Math.floor(tokens), 0);
        }
        long waitNanos = (long) Math.ceil((requested - tokens) / tokensPerNano);
        return new Decision(false, (long) Math.floor(tokens), waitNanos);
    }

    /** Whether the bucket has refilled completely (it can be forgotten without changing any answer). */
    synchronized boolean isFull(long now) {
        refill(now);
        return tokens >= capacity;
    }

    private void refill(long now) {
        long elapsed = Math.max(0, now - lastRefill);
        tokens = Math.min(capacity, tokens + elapsed * tokensPerNano);
        lastRefill = now;
    }

    record Decision(boolean allowed, long remaining, long waitNanos) {

        /** Whole seconds to wait before the next attempt can succeed, at least 1. */
        long retryAfterSeconds() {
            return Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
        }
    }
}
