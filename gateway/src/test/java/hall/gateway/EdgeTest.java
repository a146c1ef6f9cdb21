package hall.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** CORS, request size limit, security headers, problem details for the gateway's own errors, API docs. */
class EdgeTest extends GatewayTestBase {

    @Test
    void preflightFromConfiguredOriginIsAllowedAndOthersAreNot() {
        client.options().uri("/api/cases")
                .header(HttpHeaders.ORIGIN, "https://hall.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization,content-type,x-request-id")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://hall.example");

        client.options().uri("/api/cases")
                .header(HttpHeaders.ORIGIN, "https://evil.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    }

    @Test
    void corsResponseExposesTheRequestId() {
        client.get().uri("/api/cases/c-1").header(HttpHeaders.AUTHORIZATION, TestTokens.bearer("CLERK"))
                .header(HttpHeaders.ORIGIN, "https://owners.example")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://owners.example")
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, value -> org.assertj.core.api.Assertions.assertThat(value).contains("X-Request-Id"));
    }

    @Test
    void oversizedRequestIsRefusedWith413ProblemAndNeverReachesTheService() {
        client.post().uri("/api/cases/too-big").header(HttpHeaders.AUTHORIZATION, TestTokens.bearer("APPLICANT"))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"notes\":\"" + "x".repeat(2048) + "\"}")
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://hall.example/problems/payload-too-large");
        org.assertj.core.api.Assertions.assertThat(CASES.count("POST", "/api/cases/too-big")).isZero();
    }

    @Test
    void responsesCarrySecurityHeaders() {
        client.get().uri("/api/cases/c-1").header(HttpHeaders.AUTHORIZATION, TestTokens.bearer("CLERK"))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().valueEquals("Referrer-Policy", "no-referrer");
    }

    @Test
    void unknownPathIsA404Problem() {
        client.get().uri("/api/nothing-here").header(HttpHeaders.AUTHORIZATION, TestTokens.bearer("ADMIN"))
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(404);
    }

    @Test
    void eachServicesApiDocsAreRoutedAndListedInTheSwaggerUi() {
        client.get().uri("/docs/survey-service/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo("survey-service").jsonPath("$.path").isEqualTo("/v3/api-docs");

        client.get().uri("/v3/api-docs/swagger-config").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.urls[?(@.name == 'case-service')].url").isEqualTo("/docs/case-service/v3/api-docs")
                .jsonPath("$.urls[?(@.name == 'deadline-service')].url").isEqualTo("/docs/deadline-service/v3/api-docs")
                .jsonPath("$.urls[?(@.name == 'callback-service')].url").isEqualTo("/docs/callback-service/v3/api-docs")
                .jsonPath("$.urls[?(@.name == 'survey-service')].url").isEqualTo("/docs/survey-service/v3/api-docs");
    }

    @Test
    void healthIsOpen() {
        client.get().uri("/actuator/health").exchange().expectStatus().isOk();
    }

    @Test
    void tokenEndpointOfTheIssuerIsReachableThroughTheGatewayWithoutABearerToken() {
        client.post().uri("/oauth2/token")
                .headers(headers -> headers.setBasicAuth("clerk", "demo-secret"))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("grant_type=client_credentials")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo("identity-service").jsonPath("$.path").isEqualTo("/oauth2/token");

        org.assertj.core.api.Assertions.assertThat(IDENTITY.lastRequestTo("/oauth2/token").get("Authorization")).startsWith("Basic ");
    }

    @Test
    void fallbackEndpointIsNotReachableFromOutside() {
        client.get().uri("/fallback/case-service").header(HttpHeaders.AUTHORIZATION, TestTokens.bearer("ADMIN"))
                .exchange()
                .expectStatus().isForbidden();
    }
}
