package hall.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Throws generated bad values at every write operation (POST, PUT, PATCH, DELETE) of a running service, found in
 * its own OpenAPI document ({@code /v3/api-docs}), and checks each answer: a 4xx with an
 * {@code application/problem+json} body, never a 5xx, and no row added, changed away or removed in any table of
 * the service's database (its outbox included, so nothing is published either).
 *
 * <p>For each operation it builds a plausible request from the document's schemas, then replaces one value at a
 * time with a bad one of the kind the schema does not allow: NUL characters in text, numbers and objects where
 * text is expected, decimals and out-of-range numbers where whole numbers are expected, text where numbers or
 * booleans are expected, impossible and out-of-range dates, unknown enum constants, NUL in query parameters, and
 * malformed JSON bodies. Which slot gets which value is drawn from a seeded random source; the seed is in every
 * failure message and can be fixed with {@code -Dbad-input.seed=N} to replay a run.
 *
 * <p>A service adopts it with {@link BadInputChecks} (one line), or from its own test factory:
 * <pre>{@code @TestFactory Stream<DynamicTest> badInput() { return BadInputHarness.of(port, dataSource).tests(); }}</pre>
 */
public final class BadInputHarness {

    private static final Set<String> WRITE_METHODS = Set.of("post", "put", "patch", "delete");
    private static final Set<String> IGNORED_TABLES = Set.of("flyway_schema_history", "processed_event", "dead_letter");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String baseUrl;
    private final JdbcClient jdbc;
    private String authorization = TestTokens.bearer("bad-input", List.of("ADMIN"), Map.of());
    private int triesPerOperation = Integer.getInteger("bad-input.tries", 8);
    private long seed = Long.getLong("bad-input.seed", System.nanoTime());
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final JsonMapper json = JsonMapper.builder().build();

    private BadInputHarness(String baseUrl, DataSource dataSource) {
        this.baseUrl = baseUrl;
        this.jdbc = JdbcClient.create(dataSource);
    }

    /** The service listening on 127.0.0.1:port whose database is dataSource; calls are made as ADMIN. */
    public static BadInputHarness of(int port, DataSource dataSource) {
        return new BadInputHarness("http://127.0.0.1:" + port, dataSource);
    }

    /** The Authorization header value to call with (default: an ADMIN token from {@link TestTokens}). */
    public BadInputHarness authorization(String authorization) {
        this.authorization = authorization;
        return this;
    }

    public BadInputHarness triesPerOperation(int tries) {
        this.triesPerOperation = tries;
        return this;
    }

    public BadInputHarness seed(long seed) {
        this.seed = seed;
        return this;
    }

    /** One dynamic test per write operation; when the document has none, one test that is skipped saying so. */
    public Stream<DynamicTest> tests() {
        JsonNode document = json.readTree(send("GET", "/v3/api-docs", null, null).body());
        List<Operation> operations = writeOperations(document);
        if (operations.isEmpty()) {
            return Stream.of(DynamicTest.dynamicTest("no write operations in /v3/api-docs", () ->
                    Assumptions.abort("the API document of " + baseUrl + " has no POST, PUT, PATCH or DELETE operation")));
        }
        Random random = new Random(seed);
        return operations.stream().map(op -> {
            long opSeed = random.nextLong();
            return DynamicTest.dynamicTest(op.method().toUpperCase() + " " + op.path() + " (seed " + opSeed + ")",
                    () -> check(document, op, new Random(opSeed), opSeed));
        });
    }

    record Operation(String method, String path, JsonNode spec) {
    }

    /** A bad request: what was changed, and the request. */
    record Attempt(String description, String path, String body) {
    }

    static List<Operation> writeOperations(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                if (WRITE_METHODS.contains(method.getKey())) {
                    operations.add(new Operation(method.getKey(), path.getKey(), method.getValue()));
                }
            }
        }
        return operations;
    }

    private void check(JsonNode document, Operation op, Random random, long opSeed) {
        for (Attempt attempt : attempts(document, op, random)) {
            Map<String, Long> before = rowCounts();
            HttpResponse<String> answer = send(op.method().toUpperCase(), attempt.path(), attempt.body(),
                    attempt.body() == null ? null : "application/json");
            String context = op.method().toUpperCase() + " " + attempt.path() + " with " + attempt.description()
                    + " (seed " + opSeed + ") answered " + answer.statusCode() + " " + answer.body();
            assertThat(answer.statusCode()).as(context).isBetween(400, 499);
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(context)
                    .startsWith("application/problem+json");
            assertThat(rowCounts()).as("row counts after " + context).isEqualTo(before);
        }
    }

    List<Attempt> attempts(JsonNode document, Operation op, Random random) {
        Function<JsonNode, JsonNode> resolve = schema -> resolve(document, schema);
        Map<String, JsonNode> pathParameters = new LinkedHashMap<>();
        Map<String, JsonNode> queryParameters = new LinkedHashMap<>();
        for (JsonNode parameter : op.spec().path("parameters")) {
            JsonNode p = resolve.apply(parameter);
            switch (p.path("in").asString("")) {
                case "path" -> pathParameters.put(p.path("name").asString(), resolve.apply(p.path("schema")));
                case "query" -> queryParameters.put(p.path("name").asString(), resolve.apply(p.path("schema")));
                default -> { }
            }
        }
        String path = op.path();
        for (Map.Entry<String, JsonNode> p : pathParameters.entrySet()) {
            path = path.replace("{" + p.getKey() + "}", encode(plainText(sample(document, p.getValue(), 0))));
        }
        StringBuilder query = new StringBuilder();
        for (Map.Entry<String, JsonNode> q : queryParameters.entrySet()) {
            query.append(query.isEmpty() ? "?" : "&").append(encode(q.getKey())).append('=')
                    .append(encode(plainText(sample(document, q.getValue(), 0))));
        }
        JsonNode bodySchema = resolve.apply(op.spec().path("requestBody").path("content").path("application/json")
                .path("schema"));
        boolean hasBody = !bodySchema.isMissingNode();
        JsonNode body = hasBody ? sample(document, bodySchema, 0) : null;

        List<Attempt> attempts = new ArrayList<>();
        for (String q : queryParameters.keySet()) {
            String bad = (query.isEmpty() ? "?" : query + "&") + encode(q) + "=x%00y";
            attempts.add(new Attempt("NUL in query parameter " + q, path + bad, hasBody ? body.toString() : null));
        }
        if (hasBody) {
            for (String malformed : List.of("{", "[1,", "{\"a\": tru}", "\"unterminated")) {
                attempts.add(new Attempt("malformed JSON " + malformed, path + query, malformed));
            }
            List<Slot> slots = new ArrayList<>();
            collectSlots(document, bodySchema, body, new ArrayList<>(), slots, 0);
            List<Attempt> valueAttempts = new ArrayList<>();
            for (Slot slot : slots) {
                for (Bad bad : badValues(slot.schema())) {
                    JsonNode copy = body.deepCopy();
                    JsonNode changed = replace(copy, slot.location(), bad.value());
                    valueAttempts.add(new Attempt(bad.description() + " at " + String.join(".", slot.location()),
                            path + query, changed.toString()));
                }
            }
            java.util.Collections.shuffle(valueAttempts, random);
            attempts.addAll(valueAttempts.subList(0, Math.min(triesPerOperation, valueAttempts.size())));
        }
        return attempts;
    }

    record Slot(List<String> location, JsonNode schema) {
    }

    record Bad(String description, JsonNode value) {
    }

    private static void collectSlots(JsonNode document, JsonNode schema, JsonNode value, List<String> location,
            List<Slot> slots, int depth) {
        JsonNode s = resolve(document, schema);
        String type = type(s);
        if (depth > 0) {
            slots.add(new Slot(List.copyOf(location), s));
        }
        if (depth > 6) {
            return;
        }
        if ("object".equals(type) && value instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> property : s.path("properties").properties()) {
                location.add(property.getKey());
                collectSlots(document, property.getValue(), object.get(property.getKey()), location, slots, depth + 1);
                location.removeLast();
            }
        } else if ("array".equals(type) && value instanceof ArrayNode array && !array.isEmpty()) {
            location.add("0");
            collectSlots(document, s.path("items"), array.get(0), location, slots, depth + 1);
            location.removeLast();
        }
    }

    /** Values that no schema of this type admits. */
    static List<Bad> badValues(JsonNode schema) {
        List<Bad> bad = new ArrayList<>();
        switch (type(schema)) {
            case "string" -> {
                bad.add(new Bad("NUL character", NODES.stringNode("a\u0000b")));
                bad.add(new Bad("number for text", NODES.numberNode(42)));
                bad.add(new Bad("object for text", NODES.objectNode().put("x", 1)));
                String format = schema.path("format").asString("");
                if (format.equals("date")) {
                    bad.add(new Bad("impossible date", NODES.stringNode("2026-13-45")));
                    bad.add(new Bad("date before year 0", NODES.stringNode("-0001-01-01")));
                } else if (format.equals("date-time")) {
                    bad.add(new Bad("impossible instant", NODES.stringNode("2026-02-30T25:61:00Z")));
                    bad.add(new Bad("instant in year -290000", NODES.stringNode("-290000-01-01T00:00:00Z")));
                } else if (schema.has("enum")) {
                    bad.add(new Bad("unknown constant", NODES.stringNode("NO_SUCH_CONSTANT")));
                }
            }
            case "integer" -> {
                bad.add(new Bad("decimal for a whole number", NODES.numberNode(1.5)));
                bad.add(new Bad("number beyond 64 bits", NODES.numberNode(new java.math.BigInteger("99999999999999999999999"))));
                bad.add(new Bad("text for a number", NODES.stringNode("many")));
            }
            case "number" -> bad.add(new Bad("text for a number", NODES.stringNode("many")));
            case "boolean" -> {
                bad.add(new Bad("text for a boolean", NODES.stringNode("yes")));
                bad.add(new Bad("number for a boolean", NODES.numberNode(2)));
            }
            case "array" -> bad.add(new Bad("text for a list", NODES.stringNode("a\u0000b")));
            case "object" -> bad.add(new Bad("text for an object", NODES.stringNode("a\u0000b")));
            default -> bad.add(new Bad("NUL character", NODES.stringNode("a\u0000b")));
        }
        return bad;
    }

    /** A plausible value of the schema: the first enum constant, today-like dates, 1, true, one-element lists. */
    static JsonNode sample(JsonNode document, JsonNode schema, int depth) {
        JsonNode s = resolve(document, schema);
        if (s.has("example") && !s.get("example").isContainer()) {
            return s.get("example");
        }
        if (s.has("enum") && !s.get("enum").isEmpty()) {
            return s.get("enum").get(0);
        }
        return switch (type(s)) {
            case "string" -> switch (s.path("format").asString("")) {
                case "date" -> NODES.stringNode("2026-01-05");
                case "date-time" -> NODES.stringNode("2026-01-05T02:00:00Z");
                case "uuid" -> NODES.stringNode("00000000-0000-4000-8000-000000000001");
                default -> NODES.stringNode("a");
            };
            case "integer", "number" -> NODES.numberNode(1);
            case "boolean" -> NODES.booleanNode(true);
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                if (depth < 6) {
                    array.add(sample(document, s.path("items"), depth + 1));
                }
                yield array;
            }
            default -> {
                ObjectNode object = NODES.objectNode();
                if (depth < 6) {
                    for (Map.Entry<String, JsonNode> property : s.path("properties").properties()) {
                        object.set(property.getKey(), sample(document, property.getValue(), depth + 1));
                    }
                }
                yield object;
            }
        };
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asString())) {
                    return t.asString();
                }
            }
        }
        if (type.isString()) {
            return type.asString();
        }
        return schema.has("properties") ? "object" : schema.has("items") ? "array" : "unknown";
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema) {
        JsonNode s = schema;
        for (int i = 0; i < 10; i++) {
            if (s.has("$ref")) {
                String ref = s.get("$ref").asString();
                s = document.at(ref.substring(1));
            } else if (s.has("allOf") && s.get("allOf").size() == 1) {
                s = s.get("allOf").get(0);
            } else if (s.has("oneOf") || s.has("anyOf")) {
                s = (s.has("oneOf") ? s.get("oneOf") : s.get("anyOf")).get(0);
            } else {
                return s;
            }
        }
        return s;
    }

    private static JsonNode replace(JsonNode root, List<String> location, JsonNode value) {
        JsonNode parent = root;
        for (int i = 0; i < location.size() - 1; i++) {
            parent = parent instanceof ArrayNode a ? a.get(Integer.parseInt(location.get(i))) : parent.get(location.get(i));
        }
        String last = location.getLast();
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        } else if (parent instanceof ObjectNode object) {
            object.set(last, value);
        }
        return root;
    }

    private static String plainText(JsonNode value) {
        return value.isValueNode() ? value.asString() : value.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Rows per table of the service's schema, except bookkeeping of migrations and of consumed events. */
    Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : jdbc.sql("select table_name from information_schema.tables where table_schema = current_schema()"
                + " and table_type = 'BASE TABLE' order by table_name").query(String.class).list()) {
            if (!IGNORED_TABLES.contains(table)) {
                counts.put(table, jdbc.sql("select count(*) from \"" + table + "\"").query(Long.class).single());
            }
        }
        return counts;
    }

    private HttpResponse<String> send(String method, String path, String body, String contentType) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .timeout(Duration.ofSeconds(30)).header("Authorization", authorization);
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
