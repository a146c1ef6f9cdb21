package hall.caseservice.shared.web;

import hall.security.web.ProblemTypes;
import java.net.URI;

/** Stable problem type URIs of case-service. */
public final class Problems {

    public static final String BASE = ProblemTypes.BASE;
    public static final URI VALIDATION = ProblemTypes.VALIDATION;
    public static final URI MALFORMED_JSON = ProblemTypes.MALFORMED_JSON;
    public static final URI RULE_VIOLATION = URI.create(BASE + "rule-violation");
    public static final URI UNKNOWN_REFERENCE = URI.create(BASE + "unknown-reference");
    public static final URI INVALID_STATE = URI.create(BASE + "invalid-state");
    public static final URI NOT_FOUND = URI.create(BASE + "not-found");
    public static final URI FORBIDDEN = ProblemTypes.FORBIDDEN;
    public static final URI ALREADY_EXISTS = URI.create(BASE + "already-exists");
    public static final URI STORED_VALUE_OUT_OF_RANGE = URI.create(BASE + "stored-value-out-of-range");
    public static final URI CONCURRENT_CHANGE = URI.create(BASE + "concurrent-change");
    public static final URI PAYLOAD_TOO_LARGE = URI.create(BASE + "payload-too-large");

    private Problems() {
    }
}
