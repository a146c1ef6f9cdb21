package hall.gateway.correlation;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The correlation id of one request: taken from the caller's {@code X-Request-Id} when it is well formed
 * (8 to 128 characters of letters, digits, '.', '_', ':' or '-'), otherwise made up at the gateway.
 */
public final class RequestId {

    public static final String HEADER = "X-Request-Id";
    /** Key in the MDC (log lines) and in the Reactor context. */
    public static final String MDC_KEY = "requestId";

    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{7,127}");

    private RequestId() {
    }

    public static boolean isWellFormed(String candidate) {
        return candidate != null && WELL_FORMED.matcher(candidate).matches();
    }

    public static String takeOrMake(String candidate) {
        return isWellFormed(candidate) ? candidate : UUID.randomUUID().toString();
    }
}
