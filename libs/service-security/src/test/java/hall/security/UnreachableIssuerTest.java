package hall.security;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** The issuer's key set named directly (jwk-set-uri) and out of reach. */
@SpringBootTest(classes = IssuerOutOfReachChecks.App.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UnreachableIssuerTest extends IssuerOutOfReachChecks {

    @DynamicPropertySource
    static void keySetOutOfReach(DynamicPropertyRegistry registry) throws Exception {
        int port = closedPort();
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> "http://127.0.0.1:" + port + "/oauth2/jwks");
    }

    @Test
    void aMalformedTokenIsStill401() throws Exception {
        HttpResponse<String> response = get("Bearer not-a-jwt");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                h -> assertThat(h).contains("invalid_token"));
    }
}
