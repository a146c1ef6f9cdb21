package hall.security;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service whose token issuer is out of reach (killed, and the service restarted since, so no keys are cached)
 * answers 503 with Retry-After as a problem detail, not 500: the fault run found every request ending in 500
 * while identity-service was down. A subclass says where the service looks for the issuer's keys.
 */
abstract class IssuerOutOfReachChecks {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @RestController
    static class App {
        @GetMapping("/api/things")
        String things() {
            return "[]";
        }
    }

    static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @LocalServerPort
    int port;

    HttpResponse<String> get(String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/things"));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String signedLookingToken() {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"RS256\",\"typ\":\"at+jwt\",\"kid\":\"k1\"}"
                .getBytes(StandardCharsets.UTF_8));
        String claims = b64.encodeToString(("{\"iss\":\"http://issuer\",\"sub\":\"clerk\",\"aud\":\"hall-platform-api\","
                + "\"exp\":4102444800,\"iat\":1700000000}").getBytes(StandardCharsets.UTF_8));
        return header + "." + claims + "." + b64.encodeToString(new byte[256]);
    }

    @Test
    void aTokenThatCannotBeCheckedIsAnswered503WithRetryAfter() throws Exception {
        HttpResponse<String> response = get("Bearer " + signedLookingToken());

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).contains("5");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"type\":\"https://hall.example/problems/service-unavailable\"")
                .contains("cannot be checked");
    }

    @Test
    void noTokenIsStill401() throws Exception {
        assertThat(get(null).statusCode()).isEqualTo(401);
    }
}
