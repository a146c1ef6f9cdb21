package hall.surveys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import hall.testsupport.TestPostgres;
import hall.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;

/** The service starts against real PostgreSQL and Kafka, reports both in its readiness, and serves its API document and metrics. */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@EmbeddedKafka(partitions = 3, brokerProperties = "auto.create.topics.enable=false")
@TestPropertySource(properties = "spring.kafka.bootstrap-servers=${spring.embedded.kafka.brokers}")
class SurveyServiceStartsIT {

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestPostgres.register(registry, "survey_service");
        TestTokens.register(registry);
    }

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
    void echoesTheRequestIdAndWritesItInTheLog(CapturedOutput log) {
        ResponseEntity<String> answer = client().get().uri("/v3/api-docs").header("X-Request-Id", "req-42-survey")
                .retrieve().toEntity(String.class);
        assertThat(answer.getHeaders().getFirst("X-Request-Id")).isEqualTo("req-42-survey");
        assertThat(log.getOut()).contains("[req-42-survey]").contains("GET /v3/api-docs -> 200");
    }

    @Test
    void operatorEndpointsNeedTheAdminRole() {
        assertThat(deadLettersStatus(null)).isEqualTo(401);
        assertThat(deadLettersStatus(TestTokens.bearer("manager", java.util.List.of("PROPERTY_MANAGER"), Map.of()))).isEqualTo(403);
        assertThat(deadLettersStatus(TestTokens.bearer("ops", java.util.List.of("ADMIN"), Map.of()))).isEqualTo(200);
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
