package hall.security;

import java.time.Clock;
import java.time.Instant;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Keeps the tokens the decoder accepted, so a caller's next request with the same token skips the signature check
 * (an RSA verification and the token's JSON, about a tenth of a request's CPU in case-service's intake profile). A
 * token is only ever taken from here while it has not expired; at its expiry it goes back to the decoder, which
 * refuses it. A token the decoder refused is not kept. Bounded in size (least recently used go first).
 */
final class RecentlyVerifiedTokens implements JwtDecoder {

    private final JwtDecoder decoder;
    private final Cache<String, Jwt> verified;
    private final Clock clock;

    RecentlyVerifiedTokens(JwtDecoder decoder, long maximumSize, Clock clock) {
        this.decoder = decoder;
        this.verified = Caffeine.newBuilder().maximumSize(maximumSize).build();
        this.clock = clock;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = verified.getIfPresent(token);
        Instant now = clock.instant();
        if (known != null && known.getExpiresAt() != null && now.isBefore(known.getExpiresAt())) {
            return known;
        }
        if (known != null) {
            verified.invalidate(token);
        }
        Jwt jwt = decoder.decode(token);
        if (jwt.getExpiresAt() != null && now.isBefore(jwt.getExpiresAt())) {
            verified.put(token, jwt);
        }
        return jwt;
    }
}
