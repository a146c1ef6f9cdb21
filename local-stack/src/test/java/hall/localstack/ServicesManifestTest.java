package hall.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * services.properties at the root is the one list of the platform's applications (name, port, database).
 * ./platform reads it; everything else that names the services is checked against it here.
 */
class ServicesManifestTest {

    record Service(String name, int port, String portVariable, String database) {
    }

    private static Path root;
    private static List<Service> manifest;

    @BeforeAll
    static void read() throws IOException {
        root = Path.of("").toAbsolutePath();
        while (!Files.exists(root.resolve("services.properties"))) {
            root = root.getParent();
        }
        manifest = new ArrayList<>();
        for (String line : Files.readAllLines(root.resolve("services.properties"))) {
            String content = line.replaceAll("#.*", "").strip();
            if (content.isEmpty()) {
                continue;
            }
            String[] nameAndRest = content.split("=", 2);
            String[] fields = (nameAndRest[1] + " ").split(",", -1);
            manifest.add(new Service(nameAndRest[0].strip(), Integer.parseInt(fields[0].strip()), fields[1].strip(),
                    fields[2].strip()));
        }
    }

    private static List<String> databases() {
        return manifest.stream().map(Service::database).filter(d -> !d.isEmpty()).toList();
    }

    private static String text(String path) throws IOException {
        return Files.readString(root.resolve(path));
    }

    private static String placeholderDefault(String configuration, String variable) {
        Matcher matcher = Pattern.compile("\\$\\{" + variable + ":([^}]*)}").matcher(configuration);
        assertThat(matcher.find()).as("placeholder ${" + variable + ":...}").isTrue();
        return matcher.group(1);
    }

    @Test
    void theManifestNamesEachApplicationOnceWithItsOwnPortAndModule() {
        assertThat(manifest).extracting(Service::name).doesNotHaveDuplicates()
                .contains("identity-service", "gateway", "case-service", "deadline-service");
        assertThat(manifest).extracting(Service::port).doesNotHaveDuplicates();
        assertThat(manifest).allSatisfy(s -> {
            assertThat(root.resolve(s.name()).resolve("pom.xml")).exists();
            assertThat(s.portVariable()).matches("[A-Z_]+_PORT");
        });
    }

    @Test
    void eachServiceDefaultsToItsManifestPortAndDatabase() throws IOException {
        for (Service s : manifest) {
            String configuration = text(s.name() + "/src/main/resources/application.yml");
            assertThat(placeholderDefault(configuration, "SERVER_PORT")).as(s.name()).isEqualTo(String.valueOf(s.port()));
            if (!s.database().isEmpty()) {
                assertThat(placeholderDefault(configuration, "DB_URL")).as(s.name()).endsWith("/" + s.database());
            }
        }
    }

    @Test
    void theLocalStackAndDockerComposeCreateExactlyTheManifestsDatabases() throws IOException {
        assertThat(ServiceDatabases.DEFAULT_NAMES).containsExactlyElementsOf(databases());
        Matcher created = Pattern.compile("create database (\\w+) owner (\\w+)").matcher(text("deploy/postgres/init.sql"));
        List<String> init = new ArrayList<>();
        while (created.find()) {
            assertThat(created.group(2)).isEqualTo(created.group(1));
            init.add(created.group(1));
        }
        assertThat(init).containsExactlyElementsOf(databases());
    }

    @Test
    @SuppressWarnings("unchecked")
    void dockerComposeRunsEveryApplicationOnItsManifestPortAndDatabase() throws IOException {
        Map<String, Object> compose = new Yaml().load(text("docker-compose.yml"));
        Map<String, Map<String, Object>> services = new LinkedHashMap<>(
                (Map<String, Map<String, Object>>) compose.get("services"));
        // the infrastructure and the operators' monitoring are not platform applications
        services.keySet().removeAll(List.of("postgres", "kafka", "prometheus", "grafana"));
        assertThat(new TreeSet<>(services.keySet()))
                .isEqualTo(new TreeSet<>(manifest.stream().map(Service::name).toList()));
        for (Service s : manifest) {
            Map<String, Object> env = (Map<String, Object>) services.get(s.name()).get("environment");
            assertThat(String.valueOf(env.get("SERVER_PORT"))).as(s.name()).isEqualTo(String.valueOf(s.port()));
            if (!s.database().isEmpty()) {
                assertThat(String.valueOf(env.get("DB_URL"))).as(s.name()).endsWith("/" + s.database());
            }
        }
    }

    @Test
    void theGatewayRoutesToEveryServiceOnItsManifestPort() throws IOException {
        String gateway = text("gateway/src/main/resources/application.yml");
        Map<String, String> routed = new LinkedHashMap<>();
        Matcher routes = Pattern.compile("\\$\\{([A-Z_]+)_URL:http://127\\.0\\.0\\.1:(\\d+)}").matcher(gateway);
        while (routes.find()) {
            routed.put(routes.group(1), routes.group(2));
        }
        Map<String, String> expected = new LinkedHashMap<>();
        manifest.stream().filter(s -> !s.name().equals("gateway"))
                .forEach(s -> expected.put(s.name().toUpperCase().replace('-', '_'), String.valueOf(s.port())));
        assertThat(routed).isEqualTo(expected);
    }

    @Test
    void thePlatformScriptTakesServicesAndPortsFromTheManifestOnly() throws IOException {
        String script = text("platform");
        assertThat(script).contains("services.properties");
        for (Service s : manifest) {
            assertThat(script).as(s.name() + "'s port in ./platform").doesNotContain(String.valueOf(s.port()));
        }
    }
}
