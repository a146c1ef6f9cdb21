package hall.callbacks.shared.web;

import hall.security.web.ProblemTypes;
import java.net.URI;

/** Stable problem type URIs of callback-service (the same kinds as the other services use). */
public final class Problems {

    public static final String BASE = ProblemTypes.BASE;
    public static final URI VALIDATION = ProblemTypes.VALIDATION;
    public static final URI MALFORMED_JSON = ProblemTypes.MALFORMED_JSON;
    public static final URI NOT_FOUND = URI.create(BASE + "not-found");
    public static final URI FORBIDDEN = ProblemTypes.FORBIDDEN;
    public static final URI ALREADY_EXISTS = URI.create(BASE + "already-exists");
    public static final URI RULE_BROKEN = URI.create(BASE + "rule-broken");
    public static final URI SERVICE_UNAVAILABLE = URI.create(BASE + "service-unavailable");

    private Problems() {
    }
}
