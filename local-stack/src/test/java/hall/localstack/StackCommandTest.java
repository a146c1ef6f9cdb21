package hall.localstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** up's preflight checks, status and down of {@code ./platform}, on this repository with a state folder of the test. */
@EnabledOnOs(OS.LINUX)
class StackCommandTest {

    private static final Path HOME = Path.of("..").toAbsolutePath().normalize();

    @TempDir
    Path temp;

    @Test
    void saysInOneLineWhichPortIsInUseAndWhichVariableMovesIt() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            Result result = run(Map.of("PLATFORM_PG_PORT", Integer.toString(port), "PLATFORM_SERVICES", "none"), "up");

            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.stderr().lines().toList()).containsExactly(
                    "platform: port " + port + " (PostgreSQL) is in use; set PLATFORM_PG_PORT to a free port");
        }
    }

    @Test
    void refusesTwoComponentsOnOnePort() throws Exception {
        Result result = run(Map.of("PLATFORM_PG_PORT", "47311", "PLATFORM_KAFKA_PORT", "47311",
                "PLATFORM_SERVICES", "none"), "up");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr().lines().toList()).singleElement().asString()
                .contains("port 47311 is set for both PostgreSQL and Kafka");
    }

    @Test
    void namesTheVariableOfASecondInstanceWhosePortIsInUse() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                ServerSocket first = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int firstPort = first.getLocalPort();
            first.close();
            Result result = run(Map.of("PLATFORM_DB_URL", "jdbc:postgresql://127.0.0.1:1/none",
                    "PLATFORM_KAFKA_BOOTSTRAP", "127.0.0.1:1", "CASE_SERVICE_PORT", Integer.toString(firstPort),
                    "CASE_SERVICE_PORT_2", Integer.toString(taken.getLocalPort()),
                    "PLATFORM_SERVICES", "case-service"), "up", "--instances", "2");

            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.stderr().lines().toList()).containsExactly("platform: port " + taken.getLocalPort()
                    + " (case-service-2) is in use; set CASE_SERVICE_PORT_2 to a free port");
        }
    }

    @Test
    void refusesAnUnknownOptionOfUp() throws Exception {
        Result result = run(Map.of(), "up", "--fast");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr()).contains("unknown option '--fast' for up");
    }

    @Test
    void givesEveryPortVariableOfAThrowawayStackADistinctFreePortInTheRange() throws Exception {
        Result result = run(Map.of("PLATFORM_INSTANCES", "2"), "free-ports", "41000-41999");

        Map<String, Integer> ports = new HashMap<>();
        result.stdout().lines().map(line -> line.split("=", 2)).forEach(a -> ports.put(a[0], Integer.parseInt(a[1])));
        assertThat(ports).containsKeys("PLATFORM_PG_PORT", "PLATFORM_KAFKA_PORT", "PLATFORM_KAFKA_CONTROLLER_PORT",
                "GATEWAY_PORT", "IDENTITY_PORT", "CASE_SERVICE_PORT", "CASE_SERVICE_PORT_2", "SURVEY_SERVICE_PORT_2");
        assertThat(ports).doesNotContainKey("GATEWAY_PORT_2");
        assertThat(ports.values()).doesNotHaveDuplicates().allSatisfy(port -> assertThat(port).isBetween(41000, 41999));
    }

    @Test
    void downLeavesAProcessAloneWhosePidIsRecordedButIsNotOurs() throws Exception {
        Process stranger = new ProcessBuilder("sleep", "60").start();
        try {
            Path run = Files.createDirectories(temp.resolve("state/run"));
            Files.writeString(run.resolve("kafka.pid"), Long.toString(stranger.pid()));
            Files.writeString(run.resolve("case-service.pid"), Long.toString(stranger.pid()));

            Result status = run(Map.of(), "status");
            Result down = run(Map.of(), "down");

            assertThat(status.stdout()).containsPattern("kafka +- +\\d+ +stopped");
            assertThat(down.exitCode()).isZero();
            assertThat(down.stdout()).doesNotContain("stopping");
            assertThat(stranger.isAlive()).isTrue();
            assertThat(run.resolve("kafka.pid")).doesNotExist();
        } finally {
            stranger.destroy();
        }
    }

    @Test
    void statusShowsASecondInstanceAndDownStopsIt() throws Exception {
        // a stand-in whose command line names it as this checkout's case-service-2, as ./platform starts it
        Process instance = new ProcessBuilder("bash", "-c", "sleep 60; true", "-Dplatform.component=case-service-2",
                "-Dplatform.home=" + HOME, "end").start();
        try {
            Path run = Files.createDirectories(temp.resolve("state/run"));
            Files.writeString(run.resolve("case-service-2.pid"), Long.toString(instance.pid()));
            Files.writeString(run.resolve("case-service-2.port"), "47399");
            Map<String, String> environment = Map.of("PLATFORM_STOP_TIMEOUT", "5");

            Result status = run(environment, "status");
            Result down = run(environment, "down");

            assertThat(status.stdout()).containsPattern("case-service-2 +" + instance.pid() + " +47399 ");
            assertThat(down.stdout()).contains("stopping case-service-2 (pid " + instance.pid() + ")");
            assertThat(instance.waitFor(10, TimeUnit.SECONDS)).as("the instance stopped").isTrue();
            assertThat(run.resolve("case-service-2.pid")).doesNotExist();
        } finally {
            instance.destroyForcibly();
        }
    }

    private Result run(Map<String, String> environment, String... arguments) throws Exception {
        Map<String, String> env = new HashMap<>(environment);
        env.put("PLATFORM_STATE_DIR", temp.resolve("state").toString());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        StackCommand command = new StackCommand(new StackSettings(HOME, env),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        int exitCode = command.run(List.of(arguments));
        return new Result(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Result(int exitCode, String stdout, String stderr) {
    }
}
