package hall.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml cannot be run on machines without a Docker engine, so this checks what can be checked
 * without one: every service of the platform is there, built from its module, and its ports, environment
 * variables, database, broker, issuer and health check agree with the service's own configuration.
 */
class DockerComposeTest {

    private static final List<String> APPLICATIONS = List.of("gateway", "identity-service", "case-service",
            "deadline-service", "callback-service", "survey-service");
    /** The services that run several replicas: every one with a database of its own. */
    private static final List<String> REPLICATED = List.of("case-service", "deadline-service", "callback-service",
            "survey-service");
    private static Path root;
    private static String project;
    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void load() throws IOException {
        root = Path.of("").toAbsolutePath();
        while (!Files.exists(root.resolve("docker-compose.yml"))) {
            root = root.getParent();
        }
        Map<String, Object> compose = new Yaml().load(Files.readString(root.resolve("docker-compose.yml")));
        services = (Map<String, Map<String, Object>>) compose.get("services");
        project = (String) compose.get("name");
    }

    @Test
    void runsPostgresKafkaAndEveryServiceWithHealthChecksAndMemoryLimits() {
        assertThat(services).containsKeys("postgres", "kafka");
        assertThat(services).containsKeys(APPLICATIONS.toArray(String[]::new));
        services.forEach((name, service) -> {
            assertThat(service).as(name + " health check").containsKey("healthcheck");
            assertThat(service).as(name + " memory limit").containsKey("mem_limit");
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyServiceIsBuiltFromItsModuleAndDependsOnHealthyServices() {
        for (String name : APPLICATIONS) {
            Map<String, Object> build = (Map<String, Object>) services.get(name).get("build");
            String module = (String) ((Map<String, Object>) build.get("args")).get("MODULE");
            assertThat(module).isEqualTo(name);
            assertThat(root.resolve(module).resolve("pom.xml")).exists();
            assertThat(root.resolve((String) build.get("dockerfile"))).exists();
            Map<String, Map<String, String>> dependsOn = (Map<String, Map<String, String>>) services.get(name).get("depends_on");
            if (dependsOn != null) {
                dependsOn.forEach((other, condition) -> {
                    assertThat(services).as(name + " depends on " + other).containsKey(other);
                    assertThat(condition.get("condition")).isEqualTo("service_healthy");
                });
            }
        }
    }

    @Test
    void portsAndHealthChecksAgreeWithTheServicesConfiguration() throws IOException {
        for (String name : APPLICATIONS) {
            String configuration = applicationYaml(name);
            String port = String.valueOf(environment(name).get("SERVER_PORT"));
            assertThat(placeholderDefault(configuration, "SERVER_PORT")).as(name + " default port").isEqualTo(port);
            // a replicated service leaves the host port to Docker (one per replica): 127.0.0.1::PORT
            String published = REPLICATED.contains(name) ? "127.0.0.1::" + port : port + ":" + port;
            assertThat(ports(name)).as(name + " published port").anySatisfy(p -> assertThat(p).endsWith(published));
            assertThat(healthCheck(name)).as(name + " health check").contains("localhost:" + port + "/actuator/health");
        }
    }

    @Test
    void everyEnvironmentVariableIsOneTheServiceReads() throws IOException {
        for (String name : APPLICATIONS) {
            String configuration = applicationYaml(name);
            for (String variable : environment(name).keySet()) {
                if (variable.equals("SPRING_APPLICATION_JSON")) {
                    continue; // read by Spring Boot itself
                }
                assertThat(configuration).as(name + " reads " + variable).contains("${" + variable + ":");
            }
        }
    }

    @Test
    void eachServiceUsesItsOwnDatabaseTheBrokerAndTheIssuer() throws IOException {
        String init = Files.readString(root.resolve("deploy/postgres/init.sql"));
        String issuer = String.valueOf(environment("identity-service").get("ISSUER_URI"));
        for (String name : List.of("case-service", "deadline-service", "callback-service", "survey-service")) {
            Map<String, Object> env = environment(name);
            String configuration = applicationYaml(name);
            String database = name.replace('-', '_');
            assertThat(String.valueOf(env.get("DB_URL"))).isEqualTo("jdbc:postgresql://postgres:5432/" + database);
            assertThat(placeholderDefault(configuration, "DB_URL")).endsWith("/" + database);
            assertThat(env.get("DB_USER")).isEqualTo(database);
            assertThat(init).contains("create database " + database + " owner " + database);
            assertThat(env.get("KAFKA_BOOTSTRAP")).isEqualTo("kafka:9092");
            assertThat(env.get("JWT_ISSUER_URI")).isEqualTo(issuer);
        }
        assertThat(String.valueOf(environment("kafka").get("KAFKA_ADVERTISED_LISTENERS"))).contains("kafka:9092");
        assertThat(String.valueOf(environment("kafka").get("KAFKA_AUTO_CREATE_TOPICS_ENABLE"))).isEqualTo("false");
    }

    @Test
    void everyServiceWithADatabaseRunsTwoReplicasAndTheIssuerAndTheGatewayOne() {
        for (String name : APPLICATIONS) {
            assertThat(replicas(name)).as(name + " replicas").isEqualTo(REPLICATED.contains(name) ? 2 : 1);
        }
    }

    @Test
    void theGatewayBalancesOverEveryReplicaByItsContainerNameAndPort() {
        Map<String, Object> env = environment("gateway");
        JsonNode settings = JsonMapper.builder().build().readTree(String.valueOf(env.get("SPRING_APPLICATION_JSON")));
        assertThat(settings.path("spring.cloud.loadbalancer.configurations").asString()).isEqualTo("health-check");
        for (String name : REPLICATED) {
            String variable = name.toUpperCase().replace('-', '_') + "_URL";
            assertThat(env.get(variable)).as(variable).isEqualTo("lb://" + name);
            List<String> instances = new ArrayList<>();
            settings.path("spring.cloud.discovery.client.simple.instances").path(name)
                    .forEach(instance -> instances.add(instance.path("uri").asString()));
            List<String> expected = new ArrayList<>();
            for (int replica = 1; replica <= replicas(name); replica++) {
                expected.add("http://" + project + "-" + name + "-" + replica + ":" + environment(name).get("SERVER_PORT"));
            }
            assertThat(instances).as(name + " instances").isEqualTo(expected);
        }
        assertThat(env.get("IDENTITY_SERVICE_URL")).isEqualTo("http://identity-service:" + environment("identity-service").get("SERVER_PORT"));
    }

    @SuppressWarnings("unchecked")
    private static int replicas(String service) {
        Map<String, Object> deploy = (Map<String, Object>) services.get(service).getOrDefault("deploy", Map.of());
        return ((Number) deploy.getOrDefault("replicas", 1)).intValue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> environment(String service) {
        return (Map<String, Object>) services.get(service).get("environment");
    }

    @SuppressWarnings("unchecked")
    private static List<String> ports(String service) {
        return new ArrayList<>((List<String>) services.get(service).get("ports"));
    }

    @SuppressWarnings("unchecked")
    private static String healthCheck(String service) {
        return String.join(" ", (List<String>) ((Map<String, Object>) services.get(service).get("healthcheck")).get("test"));
    }

    private static String applicationYaml(String module) throws IOException {
        return Files.readString(root.resolve(module).resolve("src/main/resources/application.yml"));
    }

    private static String placeholderDefault(String configuration, String variable) {
        Matcher matcher = Pattern.compile("\\$\\{" + variable + ":([^}]*)}").matcher(configuration);
        assertThat(matcher.find()).as("placeholder ${" + variable + ":...}").isTrue();
        return matcher.group(1);
    }
}
