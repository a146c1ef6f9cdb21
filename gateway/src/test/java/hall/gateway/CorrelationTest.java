package hall.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpHeaders;

/** X-Request-Id is taken or made, returned, forwarded and logged; W3C trace context is continued downstream. */
@ExtendWith(OutputCaptureExtension.class)
class CorrelationTest extends GatewayTestBase {

    @Test
    void wellFormedRequestIdIsReturnedForwardedAndLogged(CapturedOutput output) {
        String requestId = "req-" + UUID.randomUUID();

        client.get().uri("/api/cases/c-42").header(HttpHeaders.AUTHORIZATION, TestTokens.bearer("CLERK"))
                .header("X-Request-Id", requestId)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Request-Id", requestId);

        assertThat(CASES.lastRequestTo("/api/cases/c-42")).containsEntry("X-Request-Id", requestId);
        assertThat(output.getOut().lines().filter(line -> line.contains("GET /api/cases/c-42")))
                .isNotEmpty()
                .allMatch(line -> line.contains(requestId));
    }

    @Test
    void missingOrMalformedRequestIdIsReplacedByAFreshOne() {
        String returned = client.get().uri("/api/cases/c-43").header(HttpHeaders.AUTHORIZATION, TestTokens.bearer("CLERK"))
                .header("X-Request-Id", "bad id\"<script>" + "x".repeat(100))
                .exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst("X-Request-Id");

        // nothing of the malformed value survives ("bad" alone can occur in a fresh hex id)
        assertThat(returned).isNotBlank().doesNotContain("bad id").doesNotContain("<script>").doesNotContain("xxxx")
                .doesNotContainAnyWhitespaces();
        assertThat(CASES.lastRequestTo("/api/cases/c-43")).containsEntry("X-Request-Id", returned);

        String made = client.get().uri("/api/cases/c-44").header(HttpHeaders.AUTHORIZATION, TestTokens.bearer("CLERK"))
                .exchange().expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst("X-Request-Id");
        assertThat(made).isNotBlank().isNotEqualTo(returned);
        assertThat(CASES.lastRequestTo("/api/cases/c-44")).containsEntry("X-Request-Id", made);
    }

    @Test
    void gatewaysOwnErrorsCarryTheRequestIdToo() {
        client.get().uri("/api/cases/c-45").header("X-Request-Id", "req-unauthenticated-1")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("X-Request-Id", "req-unauthenticated-1");
    }

    @Test
    void fallbackLogLineCarriesTheRequestId(CapturedOutput output) {
        SURVEYS.stop();
        try {
            client.get().uri("/api/survey-statistics/down").header(HttpHeaders.AUTHORIZATION, TestTokens.bearer("SUPERVISOR"))
                    .header("X-Request-Id", "req-fallback-0001")
                    .exchange()
                    .expectStatus().isEqualTo(503)
                    .expectHeader().valueEquals("X-Request-Id", "req-fallback-0001");
        } finally {
            SURVEYS.restart();
        }
        assertThat(output.getOut().lines().filter(line -> line.contains("survey-service unavailable")))
                .isNotEmpty()
                .allMatch(line -> line.contains("req-fallback-0001"));
    }

    @Test
    void w3cTraceContextIsContinuedToTheServiceAndLogged(CapturedOutput output) {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        client.get().uri("/api/cases/c-46").header(HttpHeaders.AUTHORIZATION, TestTokens.bearer("CLERK"))
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .exchange().expectStatus().isOk();

        Map<String, String> seen = CASES.lastRequestTo("/api/cases/c-46");
        assertThat(seen.get("traceparent")).startsWith("00-" + traceId + "-").doesNotContain("00f067aa0ba902b7");
        assertThat(output.getOut().lines().filter(line -> line.contains("GET /api/cases/c-46 ->")))
                .as("the access line names the trace").isNotEmpty().allMatch(line -> line.contains("[gateway," + traceId + ","));

        client.get().uri("/api/cases/c-47").header(HttpHeaders.AUTHORIZATION, TestTokens.bearer("CLERK"))
                .exchange().expectStatus().isOk();
        assertThat(CASES.lastRequestTo("/api/cases/c-47").get("traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
    }
}
