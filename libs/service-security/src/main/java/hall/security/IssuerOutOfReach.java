package hall.security;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderInitializationException;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * A service configured with the issuer's location resolves the issuer's keys at its first token. While the issuer is
 * out of reach, Spring Security's lazy decoder fails with {@link JwtDecoderInitializationException}, which no filter
 * handles, so the request ended in a bare 500 (seen in the fault run: the demo's first POST after a service start
 * while identity-service was slow). Wrapped here, that failure is a {@link JwtException}, which the bearer filter
 * turns into an authentication service failure: 503 with Retry-After ({@link ProblemDetailsSecurityHandler}). The
 * lazy decoder retries the resolution at the next token.
 */
final class IssuerOutOfReach implements JwtDecoder {

    private final JwtDecoder decoder;

    IssuerOutOfReach(JwtDecoder decoder) {
        this.decoder = decoder;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        try {
            return decoder.decode(token);
        } catch (JwtDecoderInitializationException e) {
            throw new JwtException("the token issuer cannot be reached: " + e.getMessage(), e);
        }
    }
}
