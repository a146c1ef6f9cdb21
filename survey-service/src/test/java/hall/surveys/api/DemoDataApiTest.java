package hall.surveys.api;

import hall.callbacks.events.CallbackTopics;
import hall.callbacks.events.OwnerRegistered;
import hall.surveys.statistics.domain.SvgBars;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The demo survey data loads as {@code ./platform demo} posts it (after callback-service's owners of P01 arrived
 * by event), and the year-on-year chart of P01 shows both years for every department.
 */
class DemoDataApiTest extends ApiTestBase {

    /** callback-service's demo owners, so that both demo files must agree (tests run in the module folder). */
    private static final Path CALLBACK_DEMO = Path.of("../callback-service/src/main/resources/demo/residential-project.json");

    @Test
    void theDemoCampaignsOfP01LoadAndTheChartShowsLastYearBesideThisYear() throws Exception {
        JsonNode owners = JSON.readTree(Files.readString(CALLBACK_DEMO)).get("owners");
        for (JsonNode o : owners) {
            String id = UUID.randomUUID().toString();
            publish(CallbackTopics.CALLBACK_EVENTS, id, OwnerRegistered.TYPE, new OwnerRegistered(id, "P01",
                    o.get("building").asString(), o.get("unit").asString(), o.get("room").asString(), true,
                    "owner:" + id, "admin", Instant.now()));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from project_owner where project_code = 'P01'").query(Long.class).single() == owners.size());
        JsonNode demo = JSON.readTree(getClass().getResourceAsStream("/demo/surveys.json"));
        for (JsonNode c : demo.get("campaigns")) {
            assertThat(created(post("/api/campaigns", ADMIN, c.toString())).json().get("receipts").asLong())
                    .isEqualTo(owners.size());
        }
        for (JsonNode r : demo.get("responses")) {
            created(post("/api/survey-responses", ADMIN, r.toString()));
        }

        JsonNode stats = get("/api/survey-statistics?project=P01&year=2026", MANAGER_P01).json();
        assertThat(stats.get("yearOnYear")).hasSize(5);
        stats.get("yearOnYear").forEach(row -> {
            assertThat(row.get("lastYear").isNull()).isFalse();
            assertThat(row.get("thisYear").isNull()).isFalse();
        });
        Answer chart = get("/api/survey-statistics/chart?project=P01&year=2026", MANAGER_P01, "image/svg+xml");
        assertThat(SvgBars.of(chart.body())).hasSize(10);
        assertThat(get("/api/campaigns/OA-P01-2025/opinions/summary", MANAGER_P01).json().size()).isGreaterThan(2);
    }
}
