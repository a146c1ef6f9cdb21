package hall.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/** The survey routes allow a burst of 3 requests per client in this test setup; other routes keep the defaults. */
class RateLimitTest extends GatewayTestBase {

    private EntityExchangeResult<byte[]> get(String path, String token) {
        return client.get().uri(path).header(HttpHeaders.AUTHORIZATION, token).exchange().expectBody().returnResult();
    }

    @Test
    void exceedingTheRouteLimitGives429WithRetryAfterForThatClientOnly() {
        String greedy = TestTokens.bearerFor("greedy-client", "SUPERVISOR");
        EntityExchangeResult<byte[]> refused = null;
        for (int attempt = 0; attempt < 20 && refused == null; attempt++) {
            EntityExchangeResult<byte[]> result = get("/api/survey-statistics", greedy);
            if (result.getStatus().value() == 429) {
                refused = result;
            } else {
                assertThat(result.getStatus().value()).isEqualTo(200);
            }
        }

        assertThat(refused).as("a 429 within 20 requests").isNotNull();
        assertThat(refused.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("1");
        assertThat(refused.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(new String(refused.getResponseBody())).contains("https://hall.example/problems/rate-limited");

        // another client on the same route, and the same client on a route with the default limits, still pass
        assertThat(get("/api/survey-statistics", TestTokens.bearerFor("modest-client", "SUPERVISOR")).getStatus().value()).isEqualTo(200);
        assertThat(get("/api/deadline-statistics", TestTokens.bearerFor("greedy-client", "SUPERVISOR")).getStatus().value()).isEqualTo(200);
    }

    @Test
    void allowedResponsesTellTheRemainingBudget() {
        client.get().uri("/api/cases/c-1").header(HttpHeaders.AUTHORIZATION, TestTokens.bearer("CLERK"))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-RateLimit-Remaining", "39")
                .expectHeader().valueEquals("X-RateLimit-Burst-Capacity", "40");
    }
}
