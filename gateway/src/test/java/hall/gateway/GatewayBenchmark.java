package hall.gateway;

import java.util.Arrays;
import java.util.function.IntSupplier;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Latencies at the gateway, printed (not asserted): proxying overhead against calling the stub directly, the
 * 503 of a stopped service with the circuit closed and open, the 503 at the time limit. Not part of the
 * normal build (no *Test name); run with
 * {@code ./mvnw -q -B -o -pl gateway test -Dtest=GatewayBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class GatewayBenchmark extends GatewayTestBase {

    private static final int ROUNDS = 500;

    @Test
    void latencies() {
        WebTestClient direct = WebTestClient.bindToServer().baseUrl(CASES.url()).build();
        String clerk = TestTokens.bearerFor("bench-clerk", "CLERK");
        String[] admins = new String[20];
        for (int i = 0; i < admins.length; i++) {
            admins[i] = TestTokens.bearerFor("bench-admin-" + i, "ADMIN");
        }
        int[] nextAdmin = {0};

        // spread the requests over many subjects so the rate limit (40 burst) never answers
        String[] tokens = new String[50];
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = TestTokens.bearerFor("bench-" + i, "CLERK");
        }
        int[] next = {0};
        IntSupplier viaGateway = () -> client.get().uri("/api/cases/bench")
                .header(HttpHeaders.AUTHORIZATION, tokens[next[0]++ % tokens.length])
                .exchange().returnResult(String.class).getStatus().value();
        IntSupplier viaStub = () -> direct.get().uri("/api/cases/bench")
                .exchange().returnResult(String.class).getStatus().value();

        measure("warm-up gateway", 300, viaGateway);
        measure("warm-up stub", 300, viaStub);
        measure("GET through the gateway (JWT check, rate limit, circuit breaker, proxy)", ROUNDS, viaGateway);
        measure("GET straight to the stub service", ROUNDS, viaStub);

        CALLBACKS.stop();
        try {
            circuitBreakers.getAllCircuitBreakers().forEach(cb -> cb.reset());
            measure("POST to a stopped service, circuit closed (first 9 calls)", 9, () -> client.post().uri("/api/visits")
                    .header(HttpHeaders.AUTHORIZATION, admins[nextAdmin[0]++ % admins.length]).contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                    .exchange().returnResult(String.class).getStatus().value());
            measure("GET to a stopped service, circuit closed (with 2 retries)", 1, () -> client.get().uri("/api/visits")
                    .header(HttpHeaders.AUTHORIZATION, admins[nextAdmin[0]++ % admins.length])
                    .exchange().returnResult(String.class).getStatus().value());
            measure("POST to a stopped service, circuit open", 100, () -> client.post().uri("/api/visits")
                    .header(HttpHeaders.AUTHORIZATION, admins[nextAdmin[0]++ % admins.length]).contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                    .exchange().returnResult(String.class).getStatus().value());
        } finally {
            CALLBACKS.restart();
            circuitBreakers.getAllCircuitBreakers().forEach(cb -> cb.reset());
        }
        measure("POST to a service slower than the " + TIME_LIMIT.toMillis() + " ms time limit", 3, () -> client.post()
                .uri("/api/cases/slow").header(HttpHeaders.AUTHORIZATION, clerk)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange().returnResult(String.class).getStatus().value());
    }

    private static void measure(String what, int rounds, IntSupplier call) {
        long[] micros = new long[rounds];
        int[] statuses = new int[rounds];
        for (int i = 0; i < rounds; i++) {
            long started = System.nanoTime();
            statuses[i] = call.getAsInt();
            micros[i] = (System.nanoTime() - started) / 1_000;
        }
        Arrays.sort(micros);
        String status = Arrays.stream(statuses).distinct().sorted().mapToObj(Integer::toString).reduce((a, b) -> a + "," + b).orElse("-");
        System.out.printf("BENCH %-75s n=%4d status=%s p50=%7.2f ms p95=%7.2f ms max=%7.2f ms%n", what, rounds, status,
                micros[rounds / 2] / 1000.0, micros[(int) Math.min(rounds - 1, Math.ceil(rounds * 0.95) - 1)] / 1000.0,
                micros[rounds - 1] / 1000.0);
    }
}
