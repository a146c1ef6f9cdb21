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
        registry.add("callbacks.case-service.url", () -> RemoteServicesStub.get().url());
        registry.add("resilience4j.timelimiter.instances.case-service.timeout-duration", () -> "1s");
        registry.add("callbacks.deadline-service.url", () -> RemoteServicesStub.get().url());
        registry.add("spring.security.oauth2.client.provider.hall-issuer.token-uri",
                () -> RemoteServicesStub.get().url() + "/oauth2/token");
        registry.add("callbacks.problems.watch-interval", () -> "1h");
    }
}
