package hall.endtoend;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The gateway and the identity issuer against the running stack (what gateway/e2e.sh checks by hand):
 * 401 and 403 problems, a case created and read back through the gateway, its request id and trace carried
 * into the event it caused and into the logs, and every route's access rule.
 */
class GatewayFlows {

    private static final RunningStack STACK = new RunningStack();
    private static final String MATTER = RunningStack.setting("E2E_MATTER", "MKT-IMM-001");
    private static final String WINDOW = RunningStack.setting("E2E_WINDOW", "W-MKT-01");
    private static final Pattern GATEWAY_TRACE = Pattern.compile("\\[gateway,([0-9a-f]{32})");

    @Test
    void withoutATokenTheGatewayAnswers401ProblemWithARequestId() {
        RunningStack.Answer answer = STACK.get("/api/cases", null);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.json().path("status").asInt()).isEqualTo(401);
        assertThat(answer.header("X-Request-Id")).get().asString().isNotBlank();
    }

    @Test
    void aRoleTheRuleLeavesOutIsRefusedWith403() {
        RunningStack.Answer answer = STACK.post("/api/matters", "callback-agent", null, "{}");

        assertThat(answer.status()).as(answer.toString()).isEqualTo(403);
    }

    @Test
    void aCaseTakenInThroughTheGatewayCarriesItsRequestIdIntoTheEventAndTheLogs() throws IOException {
        String requestId = "e2e-" + UUID.randomUUID();
        String body = """
                {"applicant":{"name":"张三","phone":"13800138000","idNumber":"110101199003074512","callbackConsent":true},
                 "matterCode":"%s","windowCode":"%s","materials":["FORM","LICENSE","ID"]}""".formatted(MATTER, WINDOW);

        RunningStack.Answer created = STACK.post("/api/cases", "clerk", requestId, body);

        assertThat(created.status()).as(created.toString()).isIn(200, 201);
        assertThat(created.header("X-Request-Id")).contains(requestId);
        String location = created.header("Location").orElseThrow();
        String path = location.startsWith("/") ? location : "/" + location.replaceFirst("^[a-z]+://[^/]+/", "");
        assertThat(STACK.get(path, "clerk").status()).isEqualTo(200);

        Map<String, String> event = eventWithRequestId("hall.case-events", requestId);
        assertThat(event.get("ce_type")).startsWith("hall.case.");
        Path gatewayLog = STACK.logs.resolve("gateway.log");
        if (Files.exists(gatewayLog)) {
            String traceId = linesMentioning(gatewayLog, requestId).map(GATEWAY_TRACE::matcher).filter(Matcher::find)
                    .map(m -> m.group(1)).findFirst().orElseThrow(() -> new AssertionError("no trace id beside " + requestId + " in " + gatewayLog));
            assertThat(event.get("traceparent")).as("the event continues the gateway's trace").startsWith("00-" + traceId + "-");
            for (String component : List.of("gateway", "case-service")) {
                assertThat(linesMentioning(STACK.logs.resolve(component + ".log"), requestId).findAny())
                        .as(component + " log mentions " + requestId).isPresent();
            }
        }
    }

    /** path, a persona the gateway rule leaves out ("-" when every role may read), a persona it lets through. */
    static Stream<List<String>> routes() {
        String month = YearMonth.now().toString();
        String today = LocalDate.now().toString();
        return Stream.of(
                List.of("/api/cases", "manager", "clerk"),
                List.of("/api/complaints", "-", "applicant"),
                List.of("/api/ledgers/" + WINDOW + "/" + month, "applicant", "supervisor"),
                List.of("/api/departments", "-", "applicant"),
                List.of("/api/windows", "-", "applicant"),
                List.of("/api/matters", "-", "applicant"),
                List.of("/api/calendars/CN/days/" + today, "-", "applicant"),
                List.of("/api/deadlines", "applicant", "supervisor"),
                List.of("/api/extensions/none", "applicant", "supervisor"),
                List.of("/api/accountability", "applicant", "supervisor"),
                List.of("/api/deadline-statistics/windows?from=" + month + "-01&to=" + today, "applicant", "supervisor"),
                List.of("/api/callbacks", "applicant", "callback-agent"),
                List.of("/api/callback-plans", "applicant", "callback-agent"),
                List.of("/api/regular-plans/none", "applicant", "supervisor"),
                List.of("/api/sampling-rounds", "applicant", "callback-agent"),
                List.of("/api/visits", "applicant", "callback-agent"),
                List.of("/api/projects", "applicant", "callback-agent"),
                List.of("/api/problems", "applicant", "callback-agent"),
                List.of("/api/window-scores", "applicant", "supervisor"),
                List.of("/api/questionnaires", "officer", "clerk"),
                List.of("/api/campaigns", "applicant", "clerk"),
                List.of("/api/survey-responses", "officer", "applicant"),
                List.of("/api/evaluator-ratings", "officer", "applicant"),
                List.of("/api/survey-statistics", "applicant", "supervisor"),
                List.of("/api/rectifications", "applicant", "callback-agent"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void everyRouteRefusesNoTokenAndTheRolesItLeavesOutAndLetsItsRoleReachTheService(List<String> route) {
        String path = route.get(0), denied = route.get(1), allowed = route.get(2);

        assertThat(STACK.get(path, null).status()).as("GET %s without a token", path).isEqualTo(401);
        if (!denied.equals("-")) {
            assertThat(STACK.get(path, denied).status()).as("GET %s as %s", path, denied).isEqualTo(403);
        }
        RunningStack.Answer answer = STACK.get(path, allowed);
        assertThat(answer.status()).as("GET %s as %s answers from the service: %s", path, allowed, answer)
                .isNotIn(401, 403, 429, 500, 501, 502, 503, 504);
    }

    /** The headers (as text) of the first event on the topic whose X-Request-Id is the one given. */
    private static Map<String, String> eventWithRequestId(String topic, String requestId) {
        Map<String, Object> settings = Map.of("bootstrap.servers", STACK.kafka,
                "key.deserializer", StringDeserializer.class.getName(),
                "value.deserializer", ByteArrayDeserializer.class.getName());
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(settings)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            AtomicReference<Map<String, String>> found = new AtomicReference<>();
            await("an event on " + topic + " with X-Request-Id " + requestId).atMost(Duration.ofSeconds(30))
                    .pollInSameThread().pollInterval(Duration.ZERO).until(() -> {
                        for (ConsumerRecord<String, byte[]> event : consumer.poll(Duration.ofMillis(500))) {
                            if (requestId.equals(text(event.headers().lastHeader("X-Request-Id")))) {
                                found.set(Map.of("ce_type", text(event.headers().lastHeader("ce_type")),
                                        "traceparent", text(event.headers().lastHeader("traceparent"))));
                                return true;
                            }
                        }
                        return false;
                    });
            return found.get();
        }
    }

    private static String text(Header header) {
        return header == null ? "" : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static Stream<String> linesMentioning(Path log, String text) throws IOException {
        return Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(line -> line.contains(text));
    }
}
