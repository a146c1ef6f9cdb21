package hall.callbacks.shared.web;

import java.net.URI;

/** Stable problem type URIs of callback-service (the same kinds as the other services use). */
public final class Problems {

    public static final String BASE = "https://hall.example/problems/";
    public static final URI VALIDATION = URI.create(BASE + "validation");
    public static final URI MALFORMED_JSON = URI.create(BASE + "malformed-json");
    public static final URI NOT_FOUND = URI.create(BASE + "not-found");
    public static final URI FORBIDDEN = URI.create(BASE + "forbidden");
    public static final URI ALREADY_EXISTS = URI.create(BASE + "already-exists");

    private Problems() {
    }
}
