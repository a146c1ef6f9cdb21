package hall.localstack;

import org.junit.jupiter.api.AfterEach;
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
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The supervisor with a real process: a small HTTP health endpoint from the test classes, started as a JVM. */
@EnabledOnOs(OS.LINUX)
class SupervisorIT {

    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Optional<ProcessHandle> started = Optional.empty();

    @AfterEach
    void stopWhatTheTestStarted() {
        started.filter(ProcessHandle::isAlive).ifPresent(ProcessHandle::destroyForcibly);
    }

    @Test
    void startsAComponentDetachedWaitsUntilHealthyRecordsItAndStopsIt() throws Exception {
        Supervisor supervisor = supervisor();
        StateFolder state = supervisor.state();
        int port = freePort();

        long pid = supervisor.start("stand-in", port, standIn(Integer.toString(port)), Map.of("STAND_IN", "yes"));
        started = ProcessHandle.of(pid);
        HealthProbe probe = new HealthProbe();
        supervisor.awaitReady("stand-in", "the stand-in", Duration.ofSeconds(60), () -> probe.health(port).equals("UP"));

        assertThat(Files.readString(state.pidFile("stand-in")).strip()).isEqualTo(Long.toString(pid));
        assertThat(state.recordedPort("stand-in", 0)).isEqualTo(port);
        assertThat(state.runningPid("stand-in")).hasValue(pid);
        assertThat(StateFolder.commandLine(pid)).containsAll(state.marks("stand-in"));
        assertThat(Files.readString(Path.of("/proc", Long.toString(pid), "environ"))).contains("STAND_IN=yes");
        // a session of its own: the launcher's terminal signals do not reach it
        assertThat(sessionOf(pid)).isEqualTo(pid);
        assertThat(Files.readString(state.log("stand-in"))).startsWith("=== stand-in starting at ")
                .contains("stand-in: listening on " + port);

        supervisor.stop(List.of("stand-in"), Duration.ofSeconds(20), Duration.ofSeconds(20));

        await().atMost(Duration.ofSeconds(20)).until(() -> ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true));
        assertThat(state.pidFile("stand-in")).doesNotExist();
        assertThat(state.runningPid("stand-in")).isEmpty();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("stopping stand-in (pid " + pid + ")");
    }

    @Test
    void reportsAComponentThatDiedWhileStartingWithItsLogsTail() throws Exception {
        Supervisor supervisor = supervisor();
        int port = freePort();

        long pid = supervisor.start("stand-in", port, standIn(Integer.toString(port), "fail"), Map.of());
        started = ProcessHandle.of(pid);

        assertThatThrownBy(() -> supervisor.awaitReady("stand-in", "the stand-in", Duration.ofMinutes(2), () -> false))
                .isInstanceOf(StackFailure.class)
                .hasMessageStartingWith("the stand-in stopped while starting (log above: ");
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("platform: last lines of " + supervisor.state().log("stand-in") + ":")
                .contains("stand-in: the configuration is broken, giving up");
        assertThat(supervisor.state().pidFile("stand-in")).doesNotExist();
    }

    private Supervisor supervisor() throws Exception {
        return new Supervisor(new StateFolder(Files.createDirectories(temp.resolve("home")), temp.resolve("state")),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), 5);
    }

    private static List<String> standIn(String... args) throws Exception {
        Path classes = Path.of(HealthEndpointStandIn.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx32m",
                "-XX:TieredStopAtLevel=1", "-cp", classes.toString(), HealthEndpointStandIn.class.getName()));
        command.addAll(List.of(args));
        return command;
    }

    /** The session id of a process (field 6 of /proc/PID/stat). */
    private static long sessionOf(long pid) throws Exception {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[3]);
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
