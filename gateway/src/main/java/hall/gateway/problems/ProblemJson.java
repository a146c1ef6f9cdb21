package hall.gateway.problems;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatusCode;

/**
 * An RFC 9457 problem detail rendered by the gateway itself (its own errors: 401, 403, 413, 429, 503, ...).
 * Rendered by hand so that it can be written from any filter without a message writer.
 */
public record ProblemJson(String type, String title, int status, String detail, String instance,
        Map<String, String> extensions) {

    public static final String BASE_TYPE = "https://hall.example/problems/";

    public ProblemJson {
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
    }

    public static ProblemJson of(HttpStatusCode status, String detail, String instance) {
        ProblemKind kind = ProblemKind.forStatus(status.value());
        return new ProblemJson(BASE_TYPE + kind.slug(), kind.title(), status.value(), detail, instance, Map.of());
    }

    public ProblemJson with(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(extensions);
        more.put(name, value);
        return new ProblemJson(type, title, status, detail, instance, more);
    }

    public byte[] toBytes() {
        StringBuilder json = new StringBuilder(256).append('{');
        field(json, "type", type).append(',');
        field(json, "title", title).append(',');
        json.append("\"status\":").append(status);
        if (detail != null) {
            field(json.append(','), "detail", detail);
        }
        if (instance != null) {
            field(json.append(','), "instance", instance);
        }
        extensions.forEach((name, value) -> field(json.append(','), name, value));
        return json.append('}').toString().getBytes(StandardCharsets.UTF_8);
    }

    private static StringBuilder field(StringBuilder json, String name, String value) {
        return quote(json, name).append(':').append(value == null ? "null" : quote(new StringBuilder(), value));
    }

    private static StringBuilder quote(StringBuilder json, String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }

    /** The stable problem types the gateway answers with. */
    public enum ProblemKind {
        BAD_REQUEST(400, "bad-request", "Bad request"),
        UNAUTHENTICATED(401, "unauthenticated", "Authentication required"),
        FORBIDDEN(403, "forbidden", "Access denied"),
        NOT_FOUND(404, "not-found", "Not found"),
        METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
        PAYLOAD_TOO_LARGE(413, "payload-too-large", "Request too large"),
        URI_TOO_LONG(414, "uri-too-long", "Request target too long"),
        RATE_LIMITED(429, "rate-limited", "Too many requests"),
        SERVICE_UNAVAILABLE(503, "service-unavailable", "Service unavailable"),
        GATEWAY_TIMEOUT(504, "upstream-timeout", "Upstream timeout"),
        INTERNAL(500, "internal-error", "Internal error"),
        OTHER(0, "gateway-error", "Gateway error");

        private final int status;
        private final String slug;
        private final String title;

        ProblemKind(int status, String slug, String title) {
            this.status = status;
            this.slug = slug;
            this.title = title;
        }

        public String slug() {
            return slug;
        }

        public String title() {
            return title;
        }

        static ProblemKind forStatus(int status) {
            for (ProblemKind kind : values()) {
                if (kind.status == status) {
                    return kind;
                }
            }
            return OTHER;
        }
    }
}
