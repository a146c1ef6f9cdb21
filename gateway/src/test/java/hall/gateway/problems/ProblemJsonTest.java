package hall.gateway.problems;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ProblemJsonTest {

    @Test
    void rendersAValidProblemDetailWithAStableTypePerStatus() {
        byte[] bytes = ProblemJson.of(HttpStatus.TOO_MANY_REQUESTS, "quote \" backslash \\ newline \n tab \t bell \u0007 中文", "/api/cases")
                .with("retryAfterSeconds", "3")
                .toBytes();

        JsonNode json = JsonMapper.builder().build().readTree(new String(bytes, StandardCharsets.UTF_8));
        assertThat(json.get("type").asString()).isEqualTo("https://hall.example/problems/rate-limited");
        assertThat(json.get("title").asString()).isEqualTo("Too many requests");
        assertThat(json.get("status").asInt()).isEqualTo(429);
        assertThat(json.get("detail").asString()).isEqualTo("quote \" backslash \\ newline \n tab \t bell \u0007 中文");
        assertThat(json.get("instance").asString()).isEqualTo("/api/cases");
        assertThat(json.get("retryAfterSeconds").asString()).isEqualTo("3");
    }

    @Test
    void unknownStatusStillGetsAType() {
        byte[] bytes = ProblemJson.of(HttpStatus.I_AM_A_TEAPOT, null, "/x").toBytes();

        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .isEqualTo("{\"type\":\"https://hall.example/problems/gateway-error\",\"title\":\"Gateway error\",\"status\":418,\"instance\":\"/x\"}");
    }
}
