package hall.gateway;

import java.time.Duration;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The gateway on a random port in front of four stub services; one Spring context for all gateway tests.
 * Time limit 1.5 s per route, survey-service routes limited to a burst of 3 requests per client.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class GatewayTestBase {

    static final Duration TIME_LIMIT = Duration.ofMillis(1500);

    static final StubService CASES = StubService.start("case-service");
    static final StubService DEADLINES = StubService.start("deadline-service");
    static final StubService CALLBACKS = StubService.start("callback-service");
    static final StubService SURVEYS = StubService.start("survey-service");
    static final StubService IDENTITY = StubService.start("identity-service");

    @DynamicPropertySource
    static void gatewayUnderTest(DynamicPropertyRegistry registry) {
        registry.add("CASE_SERVICE_URL", CASES::url);
        registry.add("DEADLINE_SERVICE_URL", DEADLINES::url);
        registry.add("CALLBACK_SERVICE_URL", CALLBACKS::url);
        registry.add("SURVEY_SERVICE_URL", SURVEYS::url);
        registry.add("IDENTITY_SERVICE_URL", IDENTITY::url);
        registry.add("JWT_ISSUER_URI", () -> TestTokens.ISSUER);
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", TestTokens::jwkSetUri);
        registry.add("ROUTE_TIME_LIMIT", () -> TIME_LIMIT.toMillis() + "ms");
        registry.add("FALLBACK_RETRY_AFTER", () -> "7s");
        registry.add("SURVEY_RATE_LIMIT_PER_SECOND", () -> "1");
        registry.add("SURVEY_RATE_LIMIT_BURST", () -> "3");
        registry.add("MAX_REQUEST_SIZE", () -> "1KB");
        registry.add("CORS_ALLOWED_ORIGINS", () -> "https://hall.example,https://owners.example");
    }

    @LocalServerPort
    int port;

    @Autowired
    CircuitBreakerRegistry circuitBreakers;

    WebTestClient client;

    @BeforeEach
    void clientAndClosedCircuits() {
        client = WebTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(60))
                .build();
        circuitBreakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
    }
}
