package hall.surveys.shared.web;

import hall.security.web.ProblemTypes;

import java.net.URI;

/** Stable problem type URIs of survey-service (the same kinds as the other services use). */
public final class Problems {

    public static final URI VALIDATION = ProblemTypes.VALIDATION;
    public static final URI NOT_FOUND = URI.create(ProblemTypes.BASE + "not-found");
    public static final URI FORBIDDEN = ProblemTypes.FORBIDDEN;
    public static final URI CONFLICT = URI.create(ProblemTypes.BASE + "conflict");
    public static final URI UNAVAILABLE = URI.create(ProblemTypes.BASE + "unavailable");

    private Problems() {
    }
}
