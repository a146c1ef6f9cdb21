package hall.gateway.correlation;

import io.micrometer.context.ContextRegistry;
import io.micrometer.context.ThreadLocalAccessor;

import org.slf4j.MDC;

/**
 * Moves the request id between the Reactor context and the logging MDC, so that every log line written while
 * a request is processed carries it: around the operators that restore thread locals (handle, tap,
 * contextCapture), and around every operator only with {@code spring.reactor.context-propagation=auto}, which the
 * gateway leaves off for speed (see RequestIdFilter).
 */
public final class RequestIdMdcAccessor implements ThreadLocalAccessor<String> {

    private static volatile boolean registered;

    public static synchronized void register() {
        if (!registered) {
            ContextRegistry.getInstance().registerThreadLocalAccessor(new RequestIdMdcAccessor());
            registered = true;
        }
    }

    @Override
    public Object key() {
        return RequestId.MDC_KEY;
    }

    @Override
    public String getValue() {
        return MDC.get(RequestId.MDC_KEY);
    }

    @Override
    public void setValue(String value) {
        MDC.put(RequestId.MDC_KEY, value);
    }

    @Override
    public void setValue() {
        MDC.remove(RequestId.MDC_KEY);
    }
}
