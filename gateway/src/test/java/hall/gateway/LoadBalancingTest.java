package hall.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Two instances of case-service behind the gateway, as ./platform up --instances 2 configures them: the route
 * goes to lb://case-service, Spring Cloud LoadBalancer shares requests between the configured instances and
 * leaves one out while its health check fails.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoadBalancingTest {

    static final StubService FIRST = StubService.start("case-service");
    static final StubService SECOND = StubService.start("case-service-2");

    @DynamicPropertySource
    static void twoInstancesOfCaseService(DynamicPropertyRegistry registry) {
        registry.add("CASE_SERVICE_URL", () -> "lb://case-service");
        registry.add("spring.cloud.discovery.client.simple.instances.case-service[0].uri", FIRST::url);
        registry.add("spring.cloud.discovery.client.simple.instances.case-service[1].uri", SECOND::url);
        registry.add("spring.cloud.loadbalancer.configurations", () -> "health-check");
        // the check of an instance times out after one interval, so the interval leaves room for a busy machine
        registry.add("spring.cloud.loadbalancer.health-check.interval", () -> "2s");
        registry.add("JWT_ISSUER_URI", () -> TestTokens.ISSUER);
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", TestTokens::jwkSetUri);
    }

    @LocalServerPort
    int port;

    private WebTestClient client() {
        return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).responseTimeout(Duration.ofSeconds(60)).build();
    }

    @Test
    void requestsToTheRouteAreSharedBetweenBothInstances() {
        String clerk = TestTokens.bearer("CLERK");
        AtomicInteger round = new AtomicInteger();
        // once both instances passed their health check, two requests in a row reach one each (round robin)
        await("both instances in turn").atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            String path = "/api/cases/shared-" + round.incrementAndGet();
            for (int i = 0; i < 2; i++) {
                client().get().uri(path).header(HttpHeaders.AUTHORIZATION, clerk).exchange().expectStatus().isOk();
            }
            assertThat(FIRST.count("GET", path)).isEqualTo(1);
            assertThat(SECOND.count("GET", path)).isEqualTo(1);
        });
    }

    @Test
    void aStoppedInstanceIsLeftOutSoThatPostsAndGetsReachTheOther() {
        String clerk = TestTokens.bearer("CLERK");
        SECOND.stop();
        try {
            // probed with POSTs: a GET is retried on the other instance and would pass before the stopped one is left out
            await("the stopped instance left out").atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
                for (int i = 0; i < 4; i++) {
                    client().post().uri("/api/cases/probe").header(HttpHeaders.AUTHORIZATION, clerk)
                            .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange().expectStatus().isOk();
                }
            });
            for (int i = 0; i < 4; i++) {
                client().get().uri("/api/cases/one-left").header(HttpHeaders.AUTHORIZATION, clerk)
                        .exchange().expectStatus().isOk();
            }
            for (int i = 0; i < 4; i++) {
                client().post().uri("/api/cases/taken-in").header(HttpHeaders.AUTHORIZATION, clerk)
                        .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange().expectStatus().isOk();
            }
            assertThat(FIRST.count("POST", "/api/cases/taken-in")).isEqualTo(4);
        } finally {
            SECOND.restart();
        }
    }
}
