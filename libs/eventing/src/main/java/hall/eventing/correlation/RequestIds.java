package hall.eventing.correlation;

import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.MDC;

/** The request id (X-Request-Id) that ties a caller's request to the log lines and events it causes. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private RequestIds() {
    }

    /** The given id when it is well formed, else a new one. */
    public static String acceptOrCreate(String given) {
        return given != null && WELL_FORMED.matcher(given).matches() ? given : UUID.randomUUID().toString();
    }

    /** W3C traceparent of the current span when tracing puts traceId and spanId in the MDC, else null. */
    public static String currentTraceparent() {
        String traceId = MDC.get("traceId");
        String spanId = MDC.get("spanId");
        if (traceId == null || spanId == null || traceId.length() != 32 || spanId.length() != 16) {
            return null;
        }
        return "00-" + traceId + "-" + spanId + "-01";
    }
}
