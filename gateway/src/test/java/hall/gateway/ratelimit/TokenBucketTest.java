package hall.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void allowsTheBurstThenRefusesUntilRefilled() {
        TokenBucket bucket = new TokenBucket(3, 1, 0);

        assertThat(bucket.take(1, 0).allowed()).isTrue();
        assertThat(bucket.take(1, 0).allowed()).isTrue();
        TokenBucket.Decision third = bucket.take(1, 0);
        assertThat(third.allowed()).isTrue();
        assertThat(third.remaining()).isZero();

        TokenBucket.Decision refused = bucket.take(1, SECOND / 2);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(1);

        assertThat(bucket.take(1, SECOND).allowed()).isTrue();
    }

    @Test
    void neverHoldsMoreThanItsCapacity() {
        TokenBucket bucket = new TokenBucket(2, 10, 0);

        assertThat(bucket.isFull(100 * SECOND)).isTrue();
        assertThat(bucket.take(1, 100 * SECOND).remaining()).isEqualTo(1);
        assertThat(bucket.take(1, 100 * SECOND).allowed()).isTrue();
        assertThat(bucket.take(1, 100 * SECOND).allowed()).isFalse();
    }

    @Test
    void retryAfterRoundsUpToWholeSeconds() {
        TokenBucket bucket = new TokenBucket(5, 1, 0);
        assertThat(bucket.take(5, 0).allowed()).isTrue();

        TokenBucket.Decision refused = bucket.take(3, 0);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(3);
    }
}
