package hall.gateway.correlation;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The correlation id of one request: taken from the caller's {@code X-Request-Id} when it is well formed
 * (1 to 100 letters, digits, '.', '_', ':' or '-': the same rule as the services' eventing library, so a
 * service keeps the id the gateway passes on), otherwise made up at the gateway.
 */
public final class RequestId {

    public static final String HEADER = "X-Request-Id";
    /** Key in the MDC (log lines) and in the Reactor context. */
    public static final String MDC_KEY = "requestId";

    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private RequestId() {
    }

    public static boolean isWellFormed(String candidate) {
        return candidate != null && WELL_FORMED.matcher(candidate).matches();
    }

    public static String takeOrMake(String candidate) {
        return isWellFormed(candidate) ? candidate : UUID.randomUUID().toString();
    }
}
