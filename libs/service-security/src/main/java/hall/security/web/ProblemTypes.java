package hall.security.web;

import java.net.URI;

/** Problem types every service shares; a service adds its own under the same base. */
public final class ProblemTypes {

    public static final String BASE = "https://hall.example/problems/";
    public static final URI VALIDATION = URI.create(BASE + "validation");
    public static final URI MALFORMED_JSON = URI.create(BASE + "malformed-json");
    public static final URI FORBIDDEN = URI.create(BASE + "forbidden");
    public static final URI INTERNAL_ERROR = URI.create(BASE + "internal-error");

    private ProblemTypes() {
    }
}
