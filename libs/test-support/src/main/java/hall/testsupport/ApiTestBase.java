package hall.testsupport;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every service's API tests share: HTTP calls to the running service (random port) with a bearer token, the
 * answer with its JSON, and row counts in the service's database. A service's own {@code ApiTestBase} extends this
 * with its {@code @SpringBootTest} set-up (database, broker), its tokens and its demo data, so all its API tests
 * share one Spring context.
 */
public abstract class ApiTestBase {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    public static final HttpClient HTTP = HttpClient.newHttpClient();

    /** The status, body (parsed when it is JSON) and headers of an answer. */
    public record Answer(int status, String body, JsonNode json, Map<String, List<String>> headers) {

        /** The first value of a header, by case-insensitive name; null when absent. */
        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst()).findFirst().orElse(null);
        }

        /** The fields a problem answer names in its {@code errors}, in order; empty when it names none. */
        public List<String> fields() {
            List<String> fields = new java.util.ArrayList<>();
            if (json != null && json.has("errors")) {
                json.get("errors").forEach(e -> fields.add(e.get("field").asString()));
            }
            return fields;
        }
    }

    @Value("${local.server.port}")
    protected int port;
    @Autowired
    protected JdbcClient jdbc;

    protected Answer post(String path, String token, String body) throws Exception {
        return post(path, token, body, Map.of());
    }

    protected Answer post(String path, String token, String body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder b = request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : body, StandardCharsets.UTF_8));
        headers.forEach(b::header);
        return send(b.build());
    }

    protected Answer put(String path, String token, String body) throws Exception {
        return send(request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body == null ? "" : body, StandardCharsets.UTF_8)).build());
    }

    protected Answer get(String path, String token) throws Exception {
        return get(path, token, "application/json");
    }

    protected Answer get(String path, String token, String accept) throws Exception {
        return send(request(path, token).header("Accept", accept).GET().build());
    }

    /** A request to the service under test, with the bearer token when there is one. */
    protected HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (token != null) {
            b.header("Authorization", token);
        }
        return b;
    }

    protected Answer send(HttpRequest request) throws Exception {
        HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        JsonNode node = null;
        String type = r.headers().firstValue("Content-Type").orElse("");
        if (type.contains("json") && !r.body().isEmpty()) {
            node = JSON.readTree(r.body());
        }
        return new Answer(r.statusCode(), r.body(), node, r.headers().map());
    }

    protected static String json(Map<String, ?> body) {
        return JSON.writeValueAsString(body);
    }

    protected long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    /** Fails the set-up of a test class when loading its demo data through the API was refused. */
    protected static void assertCreated(Answer a, String what) {
        if (a.status() != 201) {
            throw new AssertionError(what + " failed: " + a.status() + " " + a.body());
        }
    }
}
