package hall.caseservice.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;

import hall.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

/** Access tokens per RFC 9068 (audience, challenge) and the problem types of answers Spring MVC gives itself. */
class TokenAndProblemTypesApiTest extends ApiTestBase {

    @Test
    void aTokenForAnotherAudienceIsRefusedWithAnInvalidTokenChallenge() throws Exception {
        long before = count("hall_case");
        String otherApi = TestTokens.bearerFor("other-api", "clerk-w1", List.of("CLERK"), Map.of("window", "W-MKT-01"));

        Answer a = post("/api/cases", otherApi, caseBody("MKT-IMM-001", "W-MKT-01", List.of("FORM", "LICENSE", "ID"),
                "王小明", "13812345678"));

        assertThat(a.status()).isEqualTo(401);
        assertThat(a.header("WWW-Authenticate")).startsWith("Bearer").contains("error=\"invalid_token\"");
        assertThat(a.json().get("type").asString()).isEqualTo("https://hall.example/problems/unauthenticated");
        assertThat(count("hall_case")).isEqualTo(before);
    }

    @Test
    void noTokenGetsABearerChallengeWithoutAnError() throws Exception {
        Answer a = get("/api/cases?window=W-MKT-01", null);

        assertThat(a.status()).isEqualTo(401);
        assertThat(a.header("WWW-Authenticate")).startsWith("Bearer").doesNotContain("error=");
    }

    @Test
    void anUnknownPathIsANotFoundProblem() throws Exception {
        Answer a = get("/api/no-such-resource", ADMIN);

        assertThat(a.status()).isEqualTo(404);
        assertThat(a.header("Content-Type")).startsWith("application/problem+json");
        assertThat(a.json().get("type").asString()).isEqualTo("https://hall.example/problems/not-found");
    }

    @Test
    void aBodyOfAnotherMediaTypeIsAnUnsupportedMediaTypeProblem() throws Exception {
        Answer a = send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/cases"))
                .header("Authorization", CLERK_W1).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("a case")).build());

        assertThat(a.status()).isEqualTo(415);
        assertThat(a.json().get("type").asString()).isEqualTo("https://hall.example/problems/unsupported-media-type");
    }
}
