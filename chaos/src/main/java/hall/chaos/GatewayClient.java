package hall.chaos;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * The load's only way in: HTTP to the gateway with a client-credentials token of the demo's admin client, fetched
 * through the gateway too (so a down issuer or gateway shows as refused requests, like for any caller).
 */
final class GatewayClient {

    /** An answer: status 0 when there was none (connection refused, reset, timeout). */
    record Answer(int status, boolean retryAfter, JsonNode body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final ObjectMapper json = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final String base;
    private final String client;
    private final String secret;
    private final Tally tally;
    private String token;
    private Instant tokenUntil = Instant.EPOCH;

    GatewayClient(String base, String client, String secret, Tally tally) {
        this.base = base;
        this.client = client;
        this.secret = secret;
        this.tally = tally;
    }

    ObjectMapper json() {
        return json;
    }

    Answer get(String path) {
        return send("GET", path, null, null);
    }

    Answer post(String path, Object body, String idempotencyKey) {
        return send("POST", path, body, idempotencyKey);
    }

    private Answer send(String method, String path, Object body, String idempotencyKey) {
        String bearer = token();
        if (bearer == null) {
            return new Answer(0, false, null);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                .header("Authorization", "Bearer " + bearer).header("Accept", "application/json");
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        Answer answer = exchange(request.build());
        if (answer.status() == 401) {
            invalidateToken();
        }
        return answer;
    }

    private synchronized String token() {
        if (token != null && Instant.now().isBefore(tokenUntil)) {
            return token;
        }
        String basic = Base64.getEncoder().encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8));
        Answer answer = exchange(HttpRequest.newBuilder(URI.create(base + "/oauth2/token")).timeout(TIMEOUT)
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build());
        if (!answer.ok() || answer.body() == null || !answer.body().has("access_token")) {
            return null;
        }
        token = answer.body().get("access_token").asString();
        long lifetime = answer.body().path("expires_in").asLong(300);
        tokenUntil = Instant.now().plusSeconds(Math.max(30, lifetime - 60));
        return token;
    }

    private synchronized void invalidateToken() {
        token = null;
    }

    private Answer exchange(HttpRequest request) {
        tally.sent.increment();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            boolean retryAfter = response.headers().firstValue("Retry-After").isPresent();
            tally.answered(response.statusCode(), retryAfter);
            JsonNode body = null;
            String text = response.body();
            if (text != null && !text.isBlank() && (text.strip().startsWith("{") || text.strip().startsWith("["))) {
                try {
                    body = json.readTree(text);
                } catch (RuntimeException e) {
                    body = null;
                }
            }
            return new Answer(response.statusCode(), retryAfter, body);
        } catch (java.io.IOException e) {
            tally.answered(0, false);
            return new Answer(0, false, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            tally.answered(0, false);
            return new Answer(0, false, null);
        }
    }
}
