package hall.callbacks;

import hall.testsupport.TestPostgres;
import hall.testsupport.TestTokens;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The database and token issuer of every integration test of callback-service. Declared once here so that the
 * startup checks and the API tests have the same configuration and share one Spring context (and broker).
 */
public interface CallbackServiceInfrastructure {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, "callback_service");
        TestTokens.register(registry);
        registry.add("callbacks.case-service.url", () -> CaseServiceStub.get().url());
        registry.add("resilience4j.timelimiter.instances.case-service.timeout-duration", () -> "1s");
    }
}
