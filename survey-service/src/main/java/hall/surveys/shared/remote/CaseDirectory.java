package hall.surveys.shared.remote;

import feign.FeignException;
import hall.surveys.shared.AccessRefused;
import hall.surveys.shared.NotFound;
import hall.surveys.shared.Unavailable;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import org.springframework.stereotype.Component;

/**
 * Reads a case from case-service as the caller (its token forwarded), so case-service's own scope rules decide
 * whether the case is the applicant's. Guarded by the {@code case-service} circuit breaker and retry of
 * Resilience4j; 403 and 404 are answers, not failures, and are passed on.
 */
@Component
public class CaseDirectory {

    private final CaseServiceClient client;
    private final Guarded guarded;

    public CaseDirectory(CaseServiceClient client, CircuitBreakerRegistry breakers, RetryRegistry retries) {
        this.client = client;
        this.guarded = new Guarded(breakers.circuitBreaker("case-service"), retries.retry("case-service"));
    }

    public CaseServiceClient.CaseSummary caseOfCaller(String caseId) {
        String token = BearerToken.current();
        try {
            return guarded.call(() -> client.get(token, caseId));
        } catch (FeignException.Forbidden e) {
            throw new AccessRefused("case " + caseId + " is not the caller's");
        } catch (FeignException.NotFound e) {
            throw new NotFound("no case " + caseId);
        } catch (RuntimeException e) {
            throw new Unavailable("case-service did not answer; nothing was recorded, try again", e);
        }
    }
}
