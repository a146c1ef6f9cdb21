package hall.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * docker-compose.yml against the Compose Specification's JSON schema (compose-spec.json, from the
 * compose-spec project, Apache License 2.0, shipped as a test resource), and the rules of the file that a schema
 * cannot see: Kafka keeps its log directory on its volume, PostgreSQL and Kafka listen on 127.0.0.1 only.
 */
class ComposeSpecificationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static Schema schema;
    private static Map<String, Object> compose;

    @BeforeAll
    static void load() throws IOException {
        Path root = Path.of("").toAbsolutePath();
        while (!Files.exists(root.resolve("docker-compose.yml"))) {
            root = root.getParent();
        }
        compose = new Yaml().load(Files.readString(root.resolve("docker-compose.yml")));
        try (InputStream in = ComposeSpecificationTest.class.getResourceAsStream("/compose-spec.json")) {
            ObjectNode specification = (ObjectNode) JSON.readTree(in);
            // the dialect is given below (its meta-schema URI would otherwise be looked up on the network), and
            // the schema's relative $id is made absolute, as the validator requires
            specification.remove("$schema");
            specification.put("$id", "urn:compose-spec:compose_spec.json");
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(specification);
        }
    }

    private static List<Error> violations(Object document) {
        JsonNode node = JSON.valueToTree(document);
        return schema.validate(node);
    }

    @Test
    void composeFileFollowsTheComposeSpecification() {
        assertThat(violations(compose)).isEmpty();
    }

    @Test
    void theSchemaCheckFindsAMistypedServiceKeyAndAPortsMap() {
        Map<String, Object> broken = Map.of("services", Map.of("postgres",
                Map.of("image", "postgres:17-alpine", "port", List.of("5432"), "volumes", Map.of("data", "/data"))));

        assertThat(violations(broken)).extracting(Error::toString)
                .anySatisfy(message -> assertThat(message).contains("port"))
                .anySatisfy(message -> assertThat(message).contains("volumes"));
    }

    @Test
    void kafkaKeepsItsLogDirectoryOnItsVolume() {
        Map<String, Object> kafka = service("kafka");
        String logDirs = String.valueOf(environment(kafka).get("KAFKA_LOG_DIRS"));
        @SuppressWarnings("unchecked")
        List<String> volumes = (List<String>) kafka.get("volumes");

        assertThat(volumes).anySatisfy(volume -> {
            assertThat(volume).startsWith("kafka-data:");
            assertThat(logDirs).isEqualTo(volume.substring("kafka-data:".length()));
        });
    }

    @Test
    void databaseBrokerAndServicesArePublishedOnTheLoopbackInterfaceOnly() {
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> services = (Map<String, Map<String, Object>>) compose.get("services");
        assertThat(ports(services.get("postgres"))).isNotEmpty();
        assertThat(ports(services.get("kafka"))).isNotEmpty();
        services.forEach((name, service) -> {
            if (!List.of("gateway", "grafana").contains(name)) {
                assertThat(ports(service)).as(name).allSatisfy(port -> assertThat(port).startsWith("127.0.0.1:"));
            }
        });
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> service(String name) {
        return ((Map<String, Map<String, Object>>) compose.get("services")).get(name);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> environment(Map<String, Object> service) {
        return (Map<String, Object>) service.get("environment");
    }

    @SuppressWarnings("unchecked")
    private static List<String> ports(Map<String, Object> service) {
        return (List<String>) service.getOrDefault("ports", List.of());
    }
}
