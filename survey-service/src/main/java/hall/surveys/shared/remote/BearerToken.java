package hall.surveys.shared.remote;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** The Authorization header value of the current request's caller, to forward to another service. */
public final class BearerToken {

    private BearerToken() {
    }

    public static String current() {
        Authentication a = SecurityContextHolder.getContext().getAuthentication();
        if (a instanceof JwtAuthenticationToken jwt) {
            return "Bearer " + jwt.getToken().getTokenValue();
        }
        throw new IllegalStateException("no bearer token in the current request");
    }
}
