package hall.security;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The issuer named by its location (issuer-uri, as the services run) and out of reach at the first token: Spring
 * Security's lazy decoder fails with an exception no filter handled, which ended in a bare 500 before
 * {@link IssuerOutOfReach}.
 */
@SpringBootTest(classes = IssuerOutOfReachChecks.App.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UnreachableIssuerLocationTest extends IssuerOutOfReachChecks {

    @DynamicPropertySource
    static void issuerOutOfReach(DynamicPropertyRegistry registry) throws Exception {
        int port = closedPort();
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> "http://127.0.0.1:" + port);
    }
}
