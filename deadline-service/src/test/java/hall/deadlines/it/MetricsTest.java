package hall.deadlines.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import hall.cases.events.CaseAccepted;
import hall.cases.events.CaseCompleted;
import hall.cases.events.HandlingCategory;
import hall.deadlines.clocks.application.ClockCommands;
import hall.deadlines.clocks.application.DeadlineScanner;
import hall.eventing.metrics.MetricsRefresh;
import hall.testsupport.GrafanaDashboard;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** deadline-service exports what the operators' dashboard shows: warnings, breaches, on-time rate, extensions. */
class MetricsTest extends IntegrationTestBase {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    ClockCommands clockService;
    @Autowired
    DeadlineScanner scanner;
    @Autowired
    MetricsRefresh metrics;

    private String accept(String window, Instant acceptedAt) {
        String caseId = "metrics-" + UUID.randomUUID();
        clockService.accepted(new CaseAccepted(caseId, "M01", "m", HandlingCategory.PROMISED, window, "D01",
                acceptedAt, 5, 20, 30, List.of(), "handler-" + window, "c", true, false));
        return caseId;
    }

    private String scrape() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/actuator/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        return answer.body();
    }

    @Test
    void exportsTheDashboardsDeadlineMetricsWithHelpTexts() throws Exception {
        accept("WMET", LocalDateTime.parse("2026-11-10T10:00").atZone(SHANGHAI).toInstant());
        scanner.scan(LocalDateTime.parse("2026-11-26T12:00").atZone(SHANGHAI).toInstant());
        String running = accept("WMET", Instant.now());
        assertThat(post("/api/deadlines/" + running + "/extensions", clerk("WMET"),
                Map.of("workingDays", 2, "reason", "需组织专家论证")).status()).isEqualTo(201);
        clockService.completed(new CaseCompleted(running, "M01", HandlingCategory.PROMISED, "WMET", "D01", "办结",
                Instant.now(), "handler-WMET", "c", true));

        metrics.refresh();

        String scrape = scrape();
        assertThat(GrafanaDashboard.missing(scrape, GrafanaDashboard.metricsOf("deadline-service", false))).isEmpty();
        assertThat(scrape).contains("hall_deadlines_warned{application=\"deadline-service\",level=\"red\",window=\"WMET\"}")
                .contains("hall_deadlines_stopped{application=\"deadline-service\",outcome=\"ON_TIME\",window=\"WMET\"}")
                .contains("hall_deadlines_breached{application=\"deadline-service\",open=\"true\",window=\"WMET\"}")
                .contains("# HELP hall_deadlines_warned Running deadlines with a warning")
                .contains("# HELP platform_outbox_backlog_events Events in the transactional outbox");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(scrape()).contains("http_server_requests_seconds_bucket{"));
    }
}
