package hall.callbacks.shared.remote;

/**
 * Another service did not answer in time, failed, or its circuit is open (answered 503 naming the service);
 * nothing was stored. {@code retriable} is false when the circuit breaker refused the call without trying.
 */
public class ServiceUnavailable extends RuntimeException {

    private final String service;
    private final boolean retriable;

    public ServiceUnavailable(String service, String message, boolean retriable, Throwable cause) {
        super(message, cause);
        this.service = service;
        this.retriable = retriable;
    }

    public String service() {
        return service;
    }

    public boolean retriable() {
        return retriable;
    }
}
