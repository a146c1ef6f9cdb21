package hall.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prometheus scrapes every service of docker-compose.yml, and Grafana is provisioned with the dashboard. That
 * each metric of the dashboard is exported is checked in the services' own tests (GrafanaDashboard in test
 * support); here: every panel queries a metric, written with a label selector so that the check finds it.
 */
class ObservationTest {

    private static final Pattern SELECTOR = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\{");
    private static Path root;
    private static Map<String, Object> compose;

    @BeforeAll
    static void load() throws IOException {
        root = Path.of("").toAbsolutePath();
        while (!Files.exists(root.resolve("docker-compose.yml"))) {
            root = root.getParent();
        }
        compose = new Yaml().load(Files.readString(root.resolve("docker-compose.yml")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void prometheusScrapesEveryServiceOfTheComposeFileOnItsPort() throws IOException {
        Map<String, Object> prometheus = new Yaml().load(Files.readString(root.resolve("deploy/prometheus/prometheus.yml")));
        List<Map<String, Object>> jobs = (List<Map<String, Object>>) prometheus.get("scrape_configs");
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        for (String service : List.of("gateway", "identity-service", "case-service", "deadline-service",
                "callback-service", "survey-service")) {
            Object port = ((Map<String, Object>) services.get(service).get("environment")).get("SERVER_PORT");
            assertThat(jobs).as(service).anySatisfy(job -> {
                assertThat(job.get("job_name")).isEqualTo(service);
                assertThat(job.get("metrics_path")).isEqualTo("/actuator/prometheus");
                assertThat(job.toString()).contains(service + ":" + port);
            });
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void grafanaIsProvisionedWithTheDashboardAndPrometheus() throws IOException {
        Map<String, Object> grafana = ((Map<String, Map<String, Object>>) compose.get("services")).get("grafana");
        List<String> volumes = (List<String>) grafana.get("volumes");
        assertThat(volumes).contains("./deploy/grafana/dashboards:/etc/grafana/dashboards:ro",
                "./deploy/grafana/provisioning:/etc/grafana/provisioning:ro");
        String provider = Files.readString(root.resolve("deploy/grafana/provisioning/dashboards/service-hall.yml"));
        assertThat(provider).contains("path: /etc/grafana/dashboards");
        String datasource = Files.readString(root.resolve("deploy/grafana/provisioning/datasources/prometheus.yml"));
        assertThat(datasource).contains("uid: prometheus").contains("url: http://prometheus:9090");
    }

    @Test
    void everyPanelQueriesAMetricOfThePlatform() throws IOException {
        JsonNode dashboard = JsonMapper.builder().build()
                .readTree(Files.readString(root.resolve("deploy/grafana/dashboards/service-hall.json")));
        List<String> titles = new java.util.ArrayList<>();
        for (JsonNode panel : dashboard.get("panels")) {
            titles.add(panel.get("title").asString());
            assertThat(panel.get("targets")).as(panel.get("title").asString()).isNotEmpty();
            for (JsonNode target : panel.get("targets")) {
                Matcher metric = SELECTOR.matcher(target.get("expr").asString());
                assertThat(metric.find()).as(target.get("expr").asString()).isTrue();
                assertThat(target.at("/datasource/uid").asString()).isEqualTo("prometheus");
            }
        }
        assertThat(String.join(" ", titles)).contains("Intake", "Outbox lag", "Consumer lag", "warnings", "breaches",
                "On-time rate per window");
    }
}
