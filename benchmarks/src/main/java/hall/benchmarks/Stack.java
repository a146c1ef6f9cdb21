package hall.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.TreeMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform as {@code ./platform up} starts it from the built jars, on the bench's own ports and state folder
 * (.platform/bench), stopped again with {@code ./platform down}.
 */
final class Stack implements AutoCloseable {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern UP_AFTER = Pattern.compile("the stack is up after (\\d+)s");

    private final Path root;
    private final PortBlock ports;
    private final Path state;
    private final Map<String, String> env = new HashMap<>();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private boolean started;

    Stack(Path root, PortBlock ports) {
        this.root = root;
        this.ports = ports;
        this.state = root.resolve(".platform/bench");
        env.put("PLATFORM_STATE_DIR", state.toString());
        // the jars as built (./platform bench builds the missing ones first): start-up is measured without a build
        env.put("PLATFORM_BUILD", "never");
        // a busy machine may need longer than ./platform's default; the start time is measured either way
        env.putIfAbsent("PLATFORM_START_TIMEOUT", System.getenv().getOrDefault("PLATFORM_START_TIMEOUT", "840"));
        env.put("PLATFORM_PG_PORT", Integer.toString(ports.postgres()));
        env.put("PLATFORM_KAFKA_PORT", Integer.toString(ports.kafka()));
        env.put("PLATFORM_KAFKA_CONTROLLER_PORT", Integer.toString(ports.kafkaController()));
        env.put("GATEWAY_PORT", Integer.toString(ports.gateway()));
        env.put("CASE_SERVICE_PORT", Integer.toString(ports.caseService()));
        env.put("DEADLINE_SERVICE_PORT", Integer.toString(ports.deadlineService()));
        env.put("CALLBACK_SERVICE_PORT", Integer.toString(ports.callbackService()));
        env.put("SURVEY_SERVICE_PORT", Integer.toString(ports.surveyService()));
        env.put("IDENTITY_PORT", Integer.toString(ports.identity()));
        // the bench's own requests must not meet the rate limits (they stay on, set high)
        env.put("RATE_LIMIT_PER_SECOND", "1000000");
        env.put("RATE_LIMIT_BURST", "1000000");
    }

    /** Starts the stack; returns the seconds ./platform up took until every service was healthy. */
    int up() {
        started = true;
        Processes.Finished up = Processes.run(List.of(root.resolve("platform").toString(), "up"), env,
                Duration.ofMinutes(15), root);
        if (up.exitCode() != 0) {
            throw new IllegalStateException("./platform up failed: " + Processes.tail(up.output()));
        }
        Processes.Finished demo = Processes.run(List.of(root.resolve("platform").toString(), "demo"), env,
                Duration.ofMinutes(3), root);
        if (demo.exitCode() != 0) {
            throw new IllegalStateException("./platform demo failed: " + Processes.tail(demo.output()));
        }
        Matcher after = UP_AFTER.matcher(up.output());
        return after.find() ? Integer.parseInt(after.group(1)) : (int) up.took().toSeconds();
    }

    /** The pids ./platform recorded for what it started, by component name (postgres, kafka, case-service, ...). */
    Map<String, Long> pidsByName() {
        Map<String, Long> pids = new TreeMap<>();
        try (Stream<Path> files = Files.list(state.resolve("run"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".pid")).toList()) {
                pids.put(file.getFileName().toString().replaceFirst("\\.pid$", ""),
                        Long.parseLong(Files.readString(file).strip()));
            }
        } catch (IOException | RuntimeException e) {
            // nothing recorded
        }
        // the PostgreSQL server detaches from the launcher that started it: its postmaster (parent of the backends)
        try {
            long postmaster = Long.parseLong(Files.readAllLines(state.resolve("data/postgres/postmaster.pid")).getFirst().strip());
            Long launcher = pids.remove("postgres");
            if (launcher != null) {
                pids.put("postgres launcher", launcher);
            }
            pids.put("postgres", postmaster);
        } catch (IOException | RuntimeException e) {
            // not running
        }
        return pids;
    }

    /** The pids of what ./platform started (and the PostgreSQL server's postmaster). */
    List<Long> pids() {
        return new ArrayList<>(pidsByName().values());
    }

    String url(int port) {
        return "http://127.0.0.1:" + port;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + ports.postgres() + "/" + database;
    }

    String kafka() {
        return "127.0.0.1:" + ports.kafka();
    }

    String issuer() {
        return url(ports.identity());
    }

    /** An access token of a demo persona (client credentials). */
    String token(String client) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((client + ":demo-secret").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(issuer() + "/oauth2/token"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("no token for " + client + ": " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body()).path("access_token").asString();
    }

    static JsonNode claims(String token) {
        return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
    }

    JsonNode get(String url, String token) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + url + " answered " + response.statusCode());
        }
        return JSON.readTree(response.body());
    }

    Map<String, String> env() {
        return Map.copyOf(env);
    }

    @Override
    public void close() {
        if (started) {
            Processes.run(List.of(root.resolve("platform").toString(), "down"), env, Duration.ofMinutes(3), root);
        }
    }
}
