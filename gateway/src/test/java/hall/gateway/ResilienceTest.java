package hall.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * A stopped or slow service gives 503 with Retry-After within the time limit; POSTs are never repeated. The slow
 * stub answers 200 after 4 s, so a 503 proves the 1.5 s time limit cut the call short.
 */
class ResilienceTest extends GatewayTestBase {

    @Test
    void stoppedServiceAnswers503WhileOtherRoutesKeepWorking() {
        CALLBACKS.stop();
        try {
            String agent = TestTokens.bearer("CALLBACK_AGENT");
            String supervisor = TestTokens.bearer("SUPERVISOR");
            long started = System.nanoTime();
            client.get().uri("/api/callbacks/cb-1").header(HttpHeaders.AUTHORIZATION, agent)
                    .exchange()
                    .expectStatus().isEqualTo(503)
                    .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "7")
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.type").isEqualTo("https://hall.example/problems/service-unavailable")
                    .jsonPath("$.service").isEqualTo("callback-service")
                    .jsonPath("$.instance").isEqualTo("/api/callbacks/cb-1");
            System.out.printf("stopped backend: GET answered 503 in %d ms%n", (System.nanoTime() - started) / 1_000_000);

            started = System.nanoTime();
            client.post().uri("/api/callback-plans").header(HttpHeaders.AUTHORIZATION, supervisor)
                    .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                    .exchange()
                    .expectStatus().isEqualTo(503)
                    .expectHeader().exists(HttpHeaders.RETRY_AFTER);
            System.out.printf("stopped backend: POST answered 503 in %d ms%n", (System.nanoTime() - started) / 1_000_000);

            client.get().uri("/api/cases/c-9").header(HttpHeaders.AUTHORIZATION, TestTokens.bearer("CLERK"))
                    .exchange().expectStatus().isOk();
            client.get().uri("/api/deadlines/c-9").header(HttpHeaders.AUTHORIZATION, TestTokens.bearer("CLERK"))
                    .exchange().expectStatus().isOk();
            client.get().uri("/api/questionnaires").header(HttpHeaders.AUTHORIZATION, TestTokens.bearer("APPLICANT"))
                    .exchange().expectStatus().isOk();
        } finally {
            CALLBACKS.restart();
        }
        client.get().uri("/api/callbacks/cb-1").header(HttpHeaders.AUTHORIZATION, TestTokens.bearer("CALLBACK_AGENT"))
                .exchange().expectStatus().isOk();
    }

    /**
     * Every route's circuit breaker sits behind a bulkhead; with Resilience4j's default of 25 calls in flight, the
     * 26th concurrent request to a healthy service got 503. The stub holds each request until all 30 are in flight.
     */
    @Test
    void thirtyConcurrentRequestsToAHealthyServiceAllPass() throws Exception {
        int crowd = 30;
        String clerk = TestTokens.bearerFor("crowd-client", "CLERK");
        CASES.expectCrowd(crowd);
        List<Integer> statuses;
        try (ExecutorService callers = Executors.newFixedThreadPool(crowd)) {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < crowd; i++) {
                answers.add(callers.submit(() -> client.get().uri("/api/cases/crowd").header(HttpHeaders.AUTHORIZATION, clerk)
                        .exchange().expectBody().returnResult().getStatus().value()));
            }
            statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(30, TimeUnit.SECONDS));
            }
        }
        System.out.printf("%d concurrent GETs, at most %d in flight at the service at once%n", crowd, CASES.mostInFlight());
        assertThat(statuses).hasSize(crowd).containsOnly(200);
        assertThat(CASES.count("GET", "/api/cases/crowd")).isEqualTo(crowd);
    }

    @Test
    void slowServiceAnswers503AtTheTimeLimitAndThePostIsSentOnce() {
        String applicant = TestTokens.bearer("APPLICANT");
        long started = System.nanoTime();
        client.post().uri("/api/cases/slow").header(HttpHeaders.AUTHORIZATION, applicant)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"matter\":\"M1\"}")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("time limit"));
        System.out.printf("slow backend (time limit %d ms): POST answered 503 in %d ms%n",
                TIME_LIMIT.toMillis(), (System.nanoTime() - started) / 1_000_000);

        assertThat(CASES.count("POST", "/api/cases/slow")).isEqualTo(1);
    }

    @Test
    void failingPostIsNotRetriedButFailingGetIs() {
        client.post().uri("/api/deadlines/unavailable").header(HttpHeaders.AUTHORIZATION, TestTokens.bearer("CLERK"))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange().expectStatus().isEqualTo(503);
        assertThat(DEADLINES.count("POST", "/api/deadlines/unavailable")).isEqualTo(1);

        client.get().uri("/api/deadlines/unavailable").header(HttpHeaders.AUTHORIZATION, TestTokens.bearer("CLERK"))
                .exchange().expectStatus().isEqualTo(503);
        assertThat(DEADLINES.count("GET", "/api/deadlines/unavailable")).isEqualTo(3);
    }

    @Test
    void afterRepeatedFailuresTheCircuitOpensAndCallersGet503WithoutReachingTheService() {
        CALLBACKS.stop();
        try {
            for (int i = 0; i < 10; i++) {
                client.post().uri("/api/visits").header(HttpHeaders.AUTHORIZATION, TestTokens.bearer("CALLBACK_AGENT"))
                        .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                        .exchange().expectStatus().isEqualTo(503);
            }
        } finally {
            CALLBACKS.restart();
        }

        client.post().uri("/api/visits").header(HttpHeaders.AUTHORIZATION, TestTokens.bearer("CALLBACK_AGENT"))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("circuit open"));
        assertThat(CALLBACKS.count("POST", "/api/visits")).isZero();
    }
}
