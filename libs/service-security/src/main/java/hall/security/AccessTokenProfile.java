package hall.security;

import java.util.Objects;

import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;

/**
 * The JWT profile for OAuth 2.0 access tokens (RFC 9068) the platform's issuer follows and every service checks:
 * header {@code typ: at+jwt}, a {@code client_id} claim, and the platform's API as audience ({@code aud}, checked
 * through {@code spring.security.oauth2.resourceserver.jwt.audiences}, from {@code API_AUDIENCE}). Issuer, expiry
 * and signature are checked by Spring Security's defaults.
 */
public final class AccessTokenProfile {

    public static final String TYPE = "at+jwt";
    public static final String AUDIENCE_PROPERTY = "spring.security.oauth2.resourceserver.jwt.audiences";
    public static final String DEFAULT_AUDIENCE = "hall-platform-api";

    private AccessTokenProfile() {
    }

    /** Replaces Spring Security's default "typ is JWT or absent" check. */
    public static JwtTypeValidator type() {
        return new JwtTypeValidator(TYPE, "application/" + TYPE);
    }

    public static JwtClaimValidator<Object> clientId() {
        return new JwtClaimValidator<>("client_id", Objects::nonNull);
    }
}
