package hall.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gateway runs with its own JVM flags (the full tiered compiler), every other service with the services' flags. */
class ServiceLaunchFlagsTest {

    @TempDir
    Path home;

    private List<String> command(Map<String, String> env, Component component) throws Exception {
        StackSettings settings = new StackSettings(home, env);
        ServicesManifest manifest = ServicesManifest.parse(List.of(
                "case-service = 18081, CASE_SERVICE_PORT, case_service",
                "gateway = 18080, GATEWAY_PORT,"));
        ServiceLaunch launch = new ServiceLaunch(settings, manifest, settings.state(), new PrintStream(OutputStream.nullOutputStream()));
        return launch.command(component, List.of());
    }

    @Test
    void theGatewayGetsTheFullTieredCompilerAndTheServicesC1Only() throws Exception {
        Map<String, String> env = Map.of("PLATFORM_AOT", "off");
        List<String> gateway = command(env, new Component("gateway", "gateway", 18080, "GATEWAY_PORT", ""));
        List<String> cases = command(env, new Component("case-service", "case-service", 18081, "CASE_SERVICE_PORT", "case_service"));

        assertThat(gateway).containsSequence(StackSettings.GATEWAY_JAVA_OPTS.split(" ")).doesNotContain("-XX:TieredStopAtLevel=1");
        assertThat(cases).containsSequence(StackSettings.SERVICE_JAVA_OPTS.split(" ")).contains("-XX:TieredStopAtLevel=1");
    }

    @Test
    void eachSetOfFlagsCanBeOverridden() throws Exception {
        Map<String, String> env = Map.of("PLATFORM_AOT", "off", "PLATFORM_GATEWAY_JAVA_OPTS", "-Xmx300m",
                "PLATFORM_JAVA_OPTS", "-Xmx200m");
        assertThat(command(env, new Component("gateway", "gateway", 18080, "GATEWAY_PORT", "")))
                .contains("-Xmx300m").doesNotContain("-Xmx200m");
        assertThat(command(env, new Component("case-service", "case-service", 18081, "CASE_SERVICE_PORT", "case_service")))
                .contains("-Xmx200m").doesNotContain("-Xmx300m");
    }
}
