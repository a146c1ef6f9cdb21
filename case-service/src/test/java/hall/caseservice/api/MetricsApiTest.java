package hall.caseservice.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import hall.eventing.metrics.MetricsRefresh;
import hall.testsupport.GrafanaDashboard;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * case-service exports what the operators' dashboard shows: its own business metrics and, as every service
 * built on the shared libraries, latency histograms, outbox backlog, Kafka producer and consumer metrics.
 */
class MetricsApiTest extends ApiTestBase {

    private static final Pattern SERIES_LABELS = Pattern.compile("^[a-z_:][a-z0-9_:]*\\{([^}]*)}", Pattern.MULTILINE);
    private static final Pattern LABEL_NAME = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=\"(?:[^\"\\\\]|\\\\.)*\"");

    @Autowired
    MetricsRefresh metrics;

    private String scrape() throws Exception {
        Answer answer = get("/actuator/prometheus", null, "text/plain");
        assertThat(answer.status()).isEqualTo(200);
        return answer.body();
    }

    @Test
    void exportsEveryMetricTheDashboardQueriesWithHelpTextsAndSnakeCaseNames() throws Exception {
        submit("MKT-IMM-001", "W-MKT-01", List.of("FORM", "LICENSE", "ID"), CLERK_W1);

        await().atMost(Duration.ofSeconds(90)).untilAsserted(() -> {
            metrics.refresh();
            assertThat(GrafanaDashboard.missing(scrape(), GrafanaDashboard.metricsOf("case-service", true))).isEmpty();
        });

        String scrape = scrape();
        assertThat(scrape).contains("hall_cases{application=\"case-service\",category=\"IMMEDIATE\",")
                .contains("# HELP hall_cases Cases by window, handling category and status")
                .contains("# HELP platform_outbox_oldest_age_seconds Age of the oldest event")
                .contains("http_server_requests_seconds_bucket{");
        Matcher series = SERIES_LABELS.matcher(scrape);
        while (series.find()) {
            Matcher label = LABEL_NAME.matcher(series.group(1));
            while (label.find()) {
                assertThat(label.group(1)).as(series.group()).matches("[a-z_][a-z0-9_]*");
            }
        }
    }
}
