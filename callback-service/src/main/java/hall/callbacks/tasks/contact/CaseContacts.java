package hall.callbacks.tasks.contact;

import hall.callbacks.shared.remote.GuardedCall;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Reads a case's contact details from case-service for the agent who calls: circuit breaker and time limit
 * ({@code resilience4j.*.instances.case-service}), retried because the read is safe to repeat
 * ({@code callbacks.case-service.retry.*}). Nothing read here is stored.
 */
@Component
public class CaseContacts {

    public static final String SERVICE = "case-service";

    private final CaseContactClient client;
    private final GuardedCall guard;

    public CaseContacts(CaseContactClient client, CircuitBreakerFactory<?, ?> breakers,
            @Value("${callbacks.case-service.retry.max-attempts:2}") int maxAttempts,
            @Value("${callbacks.case-service.retry.wait:200ms}") Duration wait) {
        this.client = client;
        this.guard = GuardedCall.retrying(SERVICE, breakers, maxAttempts, wait);
    }

    public CaseContactClient.CaseContact read(String caseId, String bearer) {
        return guard.call(() -> client.contact(caseId, bearer));
    }
}
