package hall.localstack;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** services.properties and the instance count into the stack's components and ports, without any process. */
class ServicesManifestComponentsTest {

    private static final ServicesManifest MANIFEST = ServicesManifest.parse(List.of(
            "# name = port, variable, database",
            "identity-service = 18090, IDENTITY_PORT,",
            "case-service     = 18081, CASE_SERVICE_PORT, case_service   # the first service",
            "",
            "gateway          = 18080, GATEWAY_PORT"));

    @Test
    void readsNamePortVariableAndDatabaseInStartOrder() {
        assertThat(MANIFEST.entries()).containsExactly(
                new ServicesManifest.Entry("identity-service", 18090, "IDENTITY_PORT", ""),
                new ServicesManifest.Entry("case-service", 18081, "CASE_SERVICE_PORT", "case_service"),
                new ServicesManifest.Entry("gateway", 18080, "GATEWAY_PORT", ""));
        assertThat(MANIFEST.databases()).containsExactly("case_service");
    }

    @Test
    void oneInstanceIsOneComponentPerServiceOnItsVariablesPortOrTheManifests() {
        List<Component> components = MANIFEST.components(Map.of("CASE_SERVICE_PORT", "23081"), 1, 100);

        assertThat(components).extracting(Component::name, Component::port)
                .containsExactly(tuple("identity-service", 18090), tuple("case-service", 23081), tuple("gateway", 18080));
    }

    @Test
    void furtherInstancesOfAServiceWithADatabaseFollowItOnTheFirstPortPlusTheStepOrTheirOwnVariable() {
        List<Component> components = MANIFEST.components(
                Map.of("CASE_SERVICE_PORT", "23081", "CASE_SERVICE_PORT_3", "24000"), 3, 100);

        assertThat(components).extracting(Component::name, Component::port, Component::portVariable)
                .containsExactly(tuple("identity-service", 18090, "IDENTITY_PORT"),
                        tuple("case-service", 23081, "CASE_SERVICE_PORT"),
                        tuple("case-service-2", 23181, "CASE_SERVICE_PORT_2"),
                        tuple("case-service-3", 24000, "CASE_SERVICE_PORT_3"),
                        tuple("gateway", 18080, "GATEWAY_PORT"));
        assertThat(components.get(2).service()).isEqualTo("case-service");
        assertThat(components.get(2).database()).isEqualTo("case_service");
        assertThat(components.get(2).jar()).hasToString("case-service/target/case-service.jar");
    }

    @Test
    void namesTheVariableWhoseValueIsNotAPort() {
        assertThatThrownBy(() -> MANIFEST.components(Map.of("CASE_SERVICE_PORT_2", "eighty"), 2, 100))
                .isInstanceOf(StackFailure.class)
                .hasMessage("CASE_SERVICE_PORT_2 must be a port number (is 'eighty')");
    }

    @Test
    void refusesAnInstanceCountOutsideOneToNinetyNine() {
        assertThat(StackSettings.instances("2")).isEqualTo(2);
        assertThatThrownBy(() -> StackSettings.instances("0")).isInstanceOf(StackFailure.class)
                .hasMessage("--instances (PLATFORM_INSTANCES) must be a number from 1 to 99 (is '0')");
    }

    @Test
    void theRepositorysManifestListsTheGatewayLast() throws Exception {
        ServicesManifest manifest = ServicesManifest.read(java.nio.file.Path.of("..", "services.properties"));

        assertThat(manifest.entries().getLast().name()).isEqualTo("gateway");
        assertThat(manifest.entries().getFirst().name()).isEqualTo("identity-service");
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
