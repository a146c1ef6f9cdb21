package hall.gateway.security;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import reactor.core.publisher.Mono;

/**
 * A bearer token whose signature and claims were verified once is not verified again until it expires: the
 * decoded token is kept under its exact text (header, claims and signature), so a changed or forged token is a
 * different key and goes through the full check of the wrapped decoder (signature, issuer, audience, type,
 * client id). A kept token is handed out only while the clock is before its expiry. At most {@code maxEntries}
 * tokens are kept; past that the store is emptied and refills with the tokens in use. What the best gateways do
 * (Envoy's jwt_authn cache, Kong): RSA verification is by far the dearest step of a request, and the platform's
 * tokens live an hour.
 */
public class VerifiedTokens implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder verifier;
    private final int maxEntries;
    private final Clock clock;
    private final ConcurrentHashMap<String, Jwt> verified = new ConcurrentHashMap<>();

    public VerifiedTokens(ReactiveJwtDecoder verifier, int maxEntries, Clock clock) {
        this.verifier = verifier;
        this.maxEntries = maxEntries;
        this.clock = clock;
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt known = verified.get(token);
        if (known != null) {
            if (clock.instant().isBefore(known.getExpiresAt())) {
                return Mono.just(known);
            }
            verified.remove(token, known);
        }
        return verifier.decode(token).doOnNext(jwt -> keep(token, jwt));
    }

    private void keep(String token, Jwt jwt) {
        Instant expiresAt = jwt.getExpiresAt();
        if (maxEntries <= 0 || expiresAt == null || !clock.instant().isBefore(expiresAt)) {
            return;
        }
        if (verified.size() >= maxEntries) {
            verified.clear();
        }
        verified.put(token, jwt);
    }

    int size() {
        return verified.size();
    }
}
