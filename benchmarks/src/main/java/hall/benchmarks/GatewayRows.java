package hall.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GET through the gateway against nginx proxying the same static backend, same wrk, same route, 32 connections.
 * The gateway is its jar as the stack runs it, started once per set of JVM flags, with every feature on (token
 * validation against the stack's issuer, role rules, rate limits set high, circuit breaker, request ids, tracing at
 * its configured sampling rate); only the case-service route points at the static backend.
 */
final class GatewayRows {

    static final int CONNECTIONS = 32;
    static final String PATH = "/api/cases/bench";
    /** Length of one warm-up window; the gateway is warm when the last three windows' rates are within {@link #STEADY} of their mean. */
    static final Duration WINDOW = Duration.ofSeconds(10);
    static final double STEADY = 0.075;

    private final Path root;
    private final Path java;
    private final Stack stack;
    private final PortBlock ports;
    private final Wrk wrk;
    private final Duration warmUp;
    private final Duration run;
    private final Duration longestWarmUp;

    GatewayRows(Path root, Path java, Stack stack, PortBlock ports, Wrk wrk, Duration warmUp, Duration run,
            Duration longestWarmUp) {
        this.root = root;
        this.java = java;
        this.stack = stack;
        this.ports = ports;
        this.wrk = wrk;
        this.warmUp = warmUp;
        this.run = run;
        this.longestWarmUp = longestWarmUp;
    }

    /** One gateway run under one set of JVM flags. */
    record FlagsRun(String name, Wrk.Run get, double startSeconds, double memoryMib, WarmUp warmUp) {
    }

    /** How long the gateway took to reach a steady rate, and its rate in the first window. */
    record WarmUp(double seconds, double firstRate, boolean steady) {

        String describe() {
            return "%s after %s s of load (first %d s: %s req/s)".formatted(steady ? "steady" : "not steady",
                    Table.decimal(seconds), WINDOW.toSeconds(), Table.decimal(firstRate));
        }
    }

    /**
     * Loads the gateway in windows of {@link #WINDOW} until the rate is steady (see {@link #steady}), after at least
     * the configured warm-up and at most {@code longestWarmUp}: the full tiered compiler keeps compiling for a
     * minute or more on two cores, and a fixed short warm-up measured it half-compiled.
     */
    WarmUp warmUntilSteady(String name, String url, Map<String, String> headers) {
        long started = System.nanoTime();
        List<Double> rates = new ArrayList<>();
        while (true) {
            rates.add(wrk.get(url, headers, CONNECTIONS, WINDOW).requestsPerSecond());
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("bench: gateway %s, warm-up after %.0f s: %.0f req/s%n", name, seconds, rates.getLast());
            boolean steady = steady(rates);
            if ((steady && seconds >= warmUp.toSeconds()) || seconds >= longestWarmUp.toSeconds()) {
                return new WarmUp(seconds, rates.getFirst(), steady);
            }
        }
    }

    /** The last three windows' rates are each within {@link #STEADY} of their mean (a rate still climbing is not). */
    static boolean steady(List<Double> rates) {
        if (rates.size() < 3) {
            return false;
        }
        List<Double> last = rates.subList(rates.size() - 3, rates.size());
        double mean = last.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        return mean > 0 && last.stream().allMatch(rate -> Math.abs(rate - mean) <= STEADY * mean);
    }

    void measure(Table table, Map<String, String> flagSets, String token) throws Exception {
        Map<String, String> auth = Map.of("Authorization", "Bearer " + token);
        String backend = "http://127.0.0.1:" + ports.backend() + PATH;
        String proxy = "http://127.0.0.1:" + ports.nginxProxy() + PATH;
        String gateway = "http://127.0.0.1:" + ports.benchGateway() + PATH;
        List<FlagsRun> runs = new ArrayList<>();
        Wrk.Run direct = null;
        Wrk.Run nginx = null;
        for (Map.Entry<String, String> flags : flagSets.entrySet()) {
            Process process = start(flags.getKey(), flags.getValue());
            try {
                double startSeconds = awaitHealthy(process, "/actuator/health", Map.of());
                WarmUp warm = warmUntilSteady(flags.getKey(), gateway, auth);
                Wrk.Run measured = wrk.get(gateway, auth, CONNECTIONS, run);
                runs.add(new FlagsRun(flags.getKey(), measured, startSeconds, Processes.memoryMib(List.of(process.pid())),
                        warm));
            } finally {
                Processes.stop(process);
            }
            if (nginx == null) {
                // the peers in between, on a machine as loaded as during the gateway's run
                wrk.get(proxy, auth, CONNECTIONS, warmUp);
                nginx = wrk.get(proxy, auth, CONNECTIONS, run);
                direct = wrk.get(backend, auth, CONNECTIONS, run);
            }
        }
        Map.Entry<String, String> gatewayFlags = flagSets.entrySet().iterator().next();
        Wrk.Run reference = referenceGateway(gatewayFlags.getValue(), false, Map.of());
        Wrk.Run referenceWithTokens = referenceGateway(gatewayFlags.getValue(), true, auth);
        for (FlagsRun r : runs) {
            table.add("GET " + PATH + " through the gateway, " + CONNECTIONS + " connections, JVM flags: " + r.name()
                            + (r.get().failures() > 0 ? " (" + r.get().failures() + " non-2xx/errors)" : ""),
                    Table.decimal(r.get().requestsPerSecond()) + " req/s, " + r.get().latencies(),
                    "nginx proxy: " + Table.decimal(nginx.requestsPerSecond()) + " req/s, " + nginx.latencies(),
                    Table.ratio(r.get().requestsPerSecond(), nginx.requestsPerSecond()));
            table.add("p99 latency added to the static backend's (" + Table.decimal(direct.p99()) + " ms), "
                            + CONNECTIONS + " connections, JVM flags: " + r.name(),
                    Table.decimal(r.get().p99() - direct.p99()) + " ms",
                    "nginx: " + Table.decimal(nginx.p99() - direct.p99()) + " ms", "");
        }
        if (reference == null) {
            table.missing("the framework alone (reference gateway)",
                    "the bench's output says why (the log in .platform/bench/logs)");
        }
        if (referenceWithTokens == null) {
            table.missing("the framework with the token check only (reference gateway)",
                    "the bench's output says why (the log in .platform/bench/logs)");
        }
        for (Wrk.Run r : new Wrk.Run[] {reference, referenceWithTokens}) {
            if (r != null) {
                table.add(referenceRow(gatewayFlags.getKey(), r == referenceWithTokens, r),
                        Table.decimal(r.requestsPerSecond()) + " req/s, " + r.latencies() + "; p99 added "
                                + Table.decimal(r.p99() - direct.p99()) + " ms",
                        "nginx proxy: " + Table.decimal(nginx.requestsPerSecond()) + " req/s",
                        Table.ratio(r.requestsPerSecond(), nginx.requestsPerSecond()));
            }
        }
        if (runs.size() > 1) {
            FlagsRun first = runs.getFirst();
            for (FlagsRun other : runs.subList(1, runs.size())) {
                table.add("gateway JVM flags: " + first.name() + " | " + other.name()
                                + " (req/s, start to healthy, memory after the run, warm-up)",
                        "%s req/s, %s s, %s MiB, %s".formatted(Table.decimal(first.get().requestsPerSecond()),
                                Table.decimal(first.startSeconds()), Table.decimal(first.memoryMib()),
                                first.warmUp().describe()),
                        "%s req/s, %s s, %s MiB, %s".formatted(Table.decimal(other.get().requestsPerSecond()),
                                Table.decimal(other.startSeconds()), Table.decimal(other.memoryMib()),
                                other.warmUp().describe()),
                        Table.ratio(first.get().requestsPerSecond(), other.get().requestsPerSecond()));
            }
        }
    }

    static String referenceRow(String flagsName, boolean tokenCheck, Wrk.Run reference) {
        return (tokenCheck
                ? "the framework with the token check only: GET " + PATH + " through Spring Cloud Gateway with one"
                        + " route and Spring Security's resource server (the clerk's token checked against the stack's"
                        + " issuer, verified tokens kept until they expire, no session), nothing else (no role rules,"
                        + " rate limit, circuit breaker, retry, request ids, access log, metrics or tracing), "
                : "the framework alone: GET " + PATH + " through Spring Cloud Gateway with one route and nothing"
                        + " else (no token check, role rules, rate limit, circuit breaker, retry, request ids, access"
                        + " log, metrics or tracing), ")
                + CONNECTIONS + " connections, JVM flags: " + flagsName
                + (reference.failures() > 0 ? " (" + reference.failures() + " non-2xx/errors)" : "");
    }

    /**
     * Spring Cloud Gateway with one route and none of the platform's features (benchmarks/reference-gateway), or with
     * the token check only (its profile token-check, against the stack's issuer), under the gateway's flags and warmed
     * the same way: what the framework itself costs on this machine. Null when its jar is missing, it does not start,
     * or, with the token check, it lets a request without a token through (it would not measure what its row says).
     */
    private Wrk.Run referenceGateway(String flags, boolean tokenCheck, Map<String, String> headers)
            throws InterruptedException {
        Path jar = root.resolve("benchmarks/reference-gateway/target/reference-gateway.jar");
        if (!Files.isRegularFile(jar)) {
            System.err.println("bench: " + jar + " is missing; the reference gateway's row stays empty");
            return null;
        }
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SERVER_PORT", Integer.toString(ports.benchGateway()));
        env.put("BACKEND_URL", "http://127.0.0.1:" + ports.backend());
        if (tokenCheck) {
            env.put("SPRING_PROFILES_ACTIVE", "token-check");
            env.put("JWT_ISSUER_URI", stack.issuer());
        }
        String name = tokenCheck ? "reference with the token check" : "reference alone";
        Process process = null;
        try {
            process = start(jar, env, flags, "bench-" + name.replace(' ', '-') + ".log");
            awaitHealthy(process, PATH, headers);
            String url = "http://127.0.0.1:" + ports.benchGateway() + PATH;
            if (tokenCheck) {
                try (HttpClient client = HttpClient.newHttpClient()) {
                    int anonymous = status(client, URI.create(url), Map.of());
                    if (anonymous != 401) {
                        throw new IllegalStateException(
                                "it answered a request without a token " + anonymous + ", not 401");
                    }
                }
            }
            warmUntilSteady(name, url, headers);
            return wrk.get(url, headers, CONNECTIONS, run);
        } catch (IOException | RuntimeException e) {
            System.err.println("bench: the " + name + ": " + e.getMessage());
            return null;
        } finally {
            if (process != null) {
                Processes.stop(process);
            }
        }
    }

    private static int status(HttpClient client, URI uri, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder get = HttpRequest.newBuilder(uri).GET();
        headers.forEach(get::header);
        return client.send(get.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private Process start(String name, String flags) throws IOException {
        Map<String, String> env = new LinkedHashMap<>(stack.env());
        env.put("SERVER_PORT", Integer.toString(ports.benchGateway()));
        env.put("JWT_ISSUER_URI", stack.issuer());
        env.put("CASE_SERVICE_URL", "http://127.0.0.1:" + ports.backend());
        env.put("DEADLINE_SERVICE_URL", stack.url(ports.deadlineService()));
        env.put("CALLBACK_SERVICE_URL", stack.url(ports.callbackService()));
        env.put("SURVEY_SERVICE_URL", stack.url(ports.surveyService()));
        env.put("IDENTITY_SERVICE_URL", stack.issuer());
        return start(root.resolve("gateway/target/gateway.jar"), env, flags,
                "bench-gateway-" + name.replaceAll("[^A-Za-z0-9]+", "-") + ".log");
    }

    private Process start(Path jar, Map<String, String> env, String flags, String logName) throws IOException {
        List<String> command = new ArrayList<>(List.of(java.toString()));
        command.addAll(List.of(flags.strip().split("\\s+")));
        command.addAll(List.of("-jar", jar.toString()));
        Path log = root.resolve(".platform/bench/logs/" + logName);
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        return builder.start();
    }

    /** Seconds until {@code path} answers 200 to a GET with these headers. */
    private double awaitHealthy(Process process, String path, Map<String, String> headers) throws InterruptedException {
        long started = System.nanoTime();
        URI health = URI.create("http://127.0.0.1:" + ports.benchGateway() + path);
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build()) {
            while (System.nanoTime() - started < 120_000_000_000L) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the bench gateway stopped while starting (.platform/bench/logs)");
                }
                try {
                    if (status(client, health, headers) == 200) {
                        return (System.nanoTime() - started) / 1e9;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("the bench gateway was not healthy after 120 s");
    }
}
