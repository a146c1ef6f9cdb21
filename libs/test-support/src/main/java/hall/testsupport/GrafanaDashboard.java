package hall.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The metrics the platform's Grafana dashboard (deploy/grafana/dashboards/service-hall.json) queries, so that a
 * service's test can check it exports them. Every metric in a query is written with a label selector; one with
 * {@code application="<service>"} belongs to that service, the others come from the shared libraries and are
 * exported by every service.
 */
public final class GrafanaDashboard {

    public static final String FILE = "deploy/grafana/dashboards/service-hall.json";
    private static final Pattern METRIC = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\{([^}]*)}");
    private static final Pattern APPLICATION = Pattern.compile("application\\s*=\\s*\"([^\"]+)\"");

    /** One metric named in one query, with the service it belongs to (null: every service). */
    public record MetricUse(String panel, String metric, String application) {
    }

    private GrafanaDashboard() {
    }

    public static List<String> queries() {
        List<String> queries = new ArrayList<>();
        for (JsonNode panel : read().get("panels")) {
            for (JsonNode target : panel.path("targets")) {
                queries.add(target.get("expr").asString());
            }
        }
        return queries;
    }

    public static List<MetricUse> uses() {
        List<MetricUse> uses = new ArrayList<>();
        for (JsonNode panel : read().get("panels")) {
            for (JsonNode target : panel.path("targets")) {
                Matcher m = METRIC.matcher(target.get("expr").asString());
                while (m.find()) {
                    Matcher application = APPLICATION.matcher(m.group(2));
                    uses.add(new MetricUse(panel.get("title").asString(), m.group(1),
                            application.find() ? application.group(1) : null));
                }
            }
        }
        return uses;
    }

    /** The metrics a service must export: its own and those of the shared libraries. */
    public static Set<String> metricsOf(String application, boolean withShared) {
        return uses().stream()
                .filter(u -> application.equals(u.application()) || (withShared && u.application() == null))
                .map(MetricUse::metric).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The metrics of {@code expected} that have no series in a Prometheus scrape. */
    public static Set<String> missing(String scrape, Set<String> expected) {
        Set<String> present = scrape.lines().filter(line -> !line.startsWith("#") && !line.isBlank())
                .map(line -> line.split("[{ ]", 2)[0]).collect(Collectors.toSet());
        return expected.stream().filter(metric -> !present.contains(metric))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static JsonNode read() {
        Path root = Path.of("").toAbsolutePath();
        while (root != null && !Files.exists(root.resolve(FILE))) {
            root = root.getParent();
        }
        if (root == null) {
            throw new IllegalStateException(FILE + " not found above " + Path.of("").toAbsolutePath());
        }
        try {
            return JsonMapper.builder().build().readTree(Files.readString(root.resolve(FILE)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
