package hall.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * What every service must do once started against real PostgreSQL and Kafka: report both in its readiness,
 * serve its API document (true to its controllers, see {@link OpenApiContract}) and metrics, return and log the request id, and keep operator endpoints for ADMIN.
 * A service's test extends this and registers its database with a {@code @DynamicPropertySource} calling
 * {@link TestPostgres#register} and {@link TestTokens#register}.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(partitions = 3, brokerProperties = "auto.create.topics.enable=false")
@TestPropertySource(properties = "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}")
public abstract class ServiceStartupChecks {

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    /** A role of this service's users that is not ADMIN. */
    protected abstract String ordinaryRole();

    @Test
    void isReadyWithDatabaseAndKafka() {
        Map<?, ?> readiness = client().get().uri("/actuator/health/readiness").retrieve().body(Map.class);
        assertThat(readiness.get("status")).isEqualTo("UP");
        Map<?, ?> components = (Map<?, ?>) readiness.get("components");
        assertThat(components.containsKey("db")).isTrue();
        assertThat(components.containsKey("kafka")).isTrue();
    }

    @Test
    void servesItsApiDocumentAndMetrics() {
        assertThat(client().get().uri("/v3/api-docs").retrieve().toEntity(String.class).getStatusCode().is2xxSuccessful()).isTrue();
        assertThat(client().get().uri("/actuator/prometheus").retrieve().body(String.class)).contains("jvm_memory_used_bytes");
    }

    @Test
    void apiDocumentIsTrueToTheControllers() {
        String document = client().get().uri("/v3/api-docs").retrieve().body(String.class);
        assertThat(OpenApiContract.violations(document, handlers.getHandlerMethods())).isEmpty();
    }

    @Test
    void echoesTheRequestIdAndWritesItInTheLog(CapturedOutput log) {
        String requestId = "req-" + getClass().getSimpleName();
        ResponseEntity<String> answer = client().get().uri("/v3/api-docs").header("X-Request-Id", requestId)
                .retrieve().toEntity(String.class);
        assertThat(answer.getHeaders().getFirst("X-Request-Id")).isEqualTo(requestId);
        // the access line is written once the answer is sent, so it may come a moment after the answer
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(log.getOut()).containsPattern("\\[" + requestId + "\\] \\[[0-9a-f]{32},[0-9a-f]{16}\\] hall\\.access +: GET /v3/api-docs -> 200"));
    }

    @Test
    void operatorEndpointsNeedTheAdminRole() {
        assertThat(deadLettersStatus(null)).isEqualTo(401);
        assertThat(deadLettersStatus(TestTokens.bearer("someone", List.of(ordinaryRole()), Map.of()))).isEqualTo(403);
        assertThat(deadLettersStatus(TestTokens.bearer("ops", List.of("ADMIN"), Map.of()))).isEqualTo(200);
    }

    private int deadLettersStatus(String authorization) {
        var request = client().get().uri("/ops/dead-letters");
        if (authorization != null) {
            request = request.header("Authorization", authorization);
        }
        Integer status = request.exchange((req, res) -> res.getStatusCode().value());
        return status;
    }

    private RestClient client() {
        return RestClient.create("http://127.0.0.1:" + port);
    }
}
