package hall.endtoend;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The stack the flows run against, as the environment names it (the variables of gateway/e2e.sh and
 * ./platform): GATEWAY_URL, ISSUER_URL, KAFKA_BOOTSTRAP, PLATFORM_STATE_DIR, DEMO_CLIENT_SECRET.
 */
final class RunningStack {

    static final JsonMapper JSON = JsonMapper.builder().build();

    final String gateway = setting("GATEWAY_URL", "http://127.0.0.1:" + setting("GATEWAY_PORT", "18080"));
    final String issuer = setting("ISSUER_URL", "http://127.0.0.1:" + setting("IDENTITY_PORT", "18090"));
    final String kafka = setting("KAFKA_BOOTSTRAP", "127.0.0.1:" + setting("PLATFORM_KAFKA_PORT", "19092"));
    final Path root = Path.of(setting("PLATFORM_HOME", "..")).toAbsolutePath().normalize();
    final Path logs = Path.of(setting("PLATFORM_STATE_DIR", root.resolve(".platform").toString())).resolve("logs");
    private final String secret = setting("DEMO_CLIENT_SECRET", "demo-secret");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> tokens = new LinkedHashMap<>();

    static String setting(String name, String fallback) {
        String value = System.getProperty(name, System.getenv(name));
        return value == null || value.isBlank() ? fallback : value;
    }

    /** An access token of a demo persona (client-credentials grant at the issuer), fetched once. */
    String token(String persona) {
        return tokens.computeIfAbsent(persona, client -> {
            String basic = Base64.getEncoder().encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8));
            Answer answer = send(HttpRequest.newBuilder(URI.create(issuer + "/oauth2/token"))
                    .header("Authorization", "Basic " + basic)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));
            if (answer.status() != 200) {
                throw new IllegalStateException("no token for " + client + " from " + issuer + ": " + answer);
            }
            return answer.json().path("access_token").asString();
        });
    }

    Answer get(String path, String persona) {
        return send(request(path, persona, null).GET());
    }

    Answer post(String path, String persona, String requestId, String body) {
        return send(request(path, persona, requestId).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpRequest.Builder request(String path, String persona, String requestId) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : gateway + path))
                .timeout(Duration.ofSeconds(30));
        if (persona != null) builder.header("Authorization", "Bearer " + token(persona));
        if (requestId != null) builder.header("X-Request-Id", requestId);
        return builder;
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    record Answer(int status, String body, Map<String, java.util.List<String>> headers) {

        Optional<String> header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).reduce((first, last) -> last);
        }

        JsonNode json() {
            return JSON.readTree(body);
        }

        @Override
        public String toString() {
            return status + " " + (body.length() > 300 ? body.substring(0, 300) + "..." : body);
        }
    }
}
