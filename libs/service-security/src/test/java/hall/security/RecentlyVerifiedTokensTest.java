package hall.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class RecentlyVerifiedTokensTest {

    private static final Instant ISSUED = Instant.parse("2026-11-30T08:00:00Z");

    /** A decoder that accepts tokens named "good-*" until their expiry one hour after ISSUED; counts its calls. */
    private final List<String> checked = new ArrayList<>();
    private Instant now = ISSUED.plusSeconds(60);
    private final JwtDecoder issuerDecoder = token -> {
        checked.add(token);
        if (!token.startsWith("good-") || !now.isBefore(ISSUED.plusSeconds(3600))) {
            throw new BadJwtException("refused " + token);
        }
        return Jwt.withTokenValue(token).header("alg", "RS256").subject(token).issuedAt(ISSUED)
                .expiresAt(ISSUED.plusSeconds(3600)).build();
    };
    private final RecentlyVerifiedTokens tokens = new RecentlyVerifiedTokens(issuerDecoder, 2, new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    });

    @Test
    void aTokenAcceptedOnceIsNotCheckedAgainUntilItExpires() {
        assertThat(tokens.decode("good-a").getSubject()).isEqualTo("good-a");
        assertThat(tokens.decode("good-a").getSubject()).isEqualTo("good-a");
        assertThat(checked).containsExactly("good-a");
    }

    @Test
    void anExpiredTokenGoesBackToTheDecoderAndIsRefused() {
        tokens.decode("good-a");
        now = ISSUED.plusSeconds(3600);
        assertThatThrownBy(() -> tokens.decode("good-a")).isInstanceOf(BadJwtException.class);
        assertThat(checked).containsExactly("good-a", "good-a");
    }

    @Test
    void aRefusedTokenIsCheckedEveryTime() {
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThat(checked).containsExactly("forged", "forged");
    }
}
