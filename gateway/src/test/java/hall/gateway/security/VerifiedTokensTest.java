package hall.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import reactor.core.publisher.Mono;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");

    /** The full check: counts its calls, accepts tokens starting with "good", expiring at NOW + their suffix minutes. */
    private final List<String> verified = new ArrayList<>();
    private final ReactiveJwtDecoder verifier = token -> {
        verified.add(token);
        if (!token.startsWith("good")) {
            return Mono.error(new BadJwtException("bad signature"));
        }
        Duration life = Duration.ofMinutes(Long.parseLong(token.substring(token.indexOf('-') + 1)));
        return Mono.just(Jwt.withTokenValue(token).header("alg", "RS256").subject("clerk")
                .issuedAt(NOW.minusSeconds(60)).expiresAt(NOW.plus(life)).build());
    };

    private VerifiedTokens tokens(Instant now, int maxEntries) {
        return new VerifiedTokens(verifier, maxEntries, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void aVerifiedTokenIsNotVerifiedAgainBeforeItExpires() {
        VerifiedTokens tokens = tokens(NOW, 10);

        Jwt first = tokens.decode("good-30").block();
        Jwt second = tokens.decode("good-30").block();

        assertThat(second).isSameAs(first);
        assertThat(verified).containsExactly("good-30");
    }

    @Test
    void anotherTokenTextIsVerifiedInFull() {
        VerifiedTokens tokens = tokens(NOW, 10);
        tokens.decode("good-30").block();

        assertThatThrownBy(() -> tokens.decode("forged-30").block()).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged-30").block()).isInstanceOf(BadJwtException.class);
        assertThat(verified).containsExactly("good-30", "forged-30", "forged-30");
    }

    @Test
    void aKeptTokenIsCheckedAgainOnceItExpired() {
        List<Instant> clock = new ArrayList<>(List.of(NOW));
        VerifiedTokens tokens = new VerifiedTokens(verifier, 10, new Clock() {
            @Override
            public Instant instant() {
                return clock.getLast();
            }

            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }
        });
        tokens.decode("good-5").block();
        clock.add(NOW.plus(Duration.ofMinutes(5)));

        tokens.decode("good-5").block();

        assertThat(verified).containsExactly("good-5", "good-5");
    }

    @Test
    void theStoreStaysWithinItsBound() {
        VerifiedTokens tokens = tokens(NOW, 3);
        for (int i = 1; i <= 7; i++) {
            tokens.decode("good" + i + "-30").block();
        }

        assertThat(tokens.size()).isBetween(1, 3);
    }

    @Test
    void withNoEntriesEveryTokenIsVerified() {
        VerifiedTokens tokens = tokens(NOW, 0);
        tokens.decode("good-30").block();
        tokens.decode("good-30").block();

        assertThat(verified).containsExactly("good-30", "good-30");
    }
}
