package hall.localstack;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Starts the local PostgreSQL the way {@code ./platform up} does: a separate JVM with the launcher's JVM flags
 * of StackSettings, and an empty folder for the binaries, so the archive is extracted under those flags.
 */
@EnabledOnOs(OS.LINUX)
class LocalPostgresLaunchTest {

    @TempDir
    Path temp;

    private Process launcher;

    @AfterEach
    void stop() throws InterruptedException {
        if (launcher != null && launcher.isAlive()) {
            launcher.destroy();
            launcher.waitFor();
        }
    }

    @Test
    void extractsTheBinariesIntoAnEmptyFolderUnderThePlatformsJvmFlagsAndRunsDurably() throws Exception {
        List<String> flags = platformLauncherFlags();
        Path binaries = Files.createDirectories(temp.resolve("binaries"));
        Path ready = temp.resolve("postgres.ready");
        Path log = temp.resolve("postgres.log");
        int port = freePort();

        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(flags);
        command.add("-Dot.epg.working-dir=" + binaries);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), LocalPostgres.class.getName(),
                "--port", Integer.toString(port), "--data-dir", temp.resolve("data").toString(),
                "--ready-file", ready.toString(), "--databases", "case_service"));
        launcher = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();

        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(250))
                .until(() -> Files.exists(ready) || !launcher.isAlive());
        assertThat(launcher.isAlive()).as("launcher alive; its log:%n%s", Files.readString(log)).isTrue();
        assertThat(Files.readString(log)).doesNotContain("OutOfMemoryError");
        try (var extracted = Files.list(binaries)) {
            assertThat(extracted).as("binaries extracted into the empty folder").isNotEmpty();
        }

        try (Connection connection = DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + port + "/case_service", "case_service", "case_service");
             Statement statement = connection.createStatement()) {
            assertThat(setting(statement, "fsync")).isEqualTo("on");
            assertThat(setting(statement, "synchronous_commit")).isEqualTo("on");
            assertThat(setting(statement, "full_page_writes")).isEqualTo("on");
        }
    }

    /** The PostgreSQL launcher's flags as the local stack starts it (PLATFORM_PG_JAVA_OPTS unset). */
    static List<String> platformLauncherFlags() {
        List<String> flags = new StackSettings(Path.of(".."), Map.of()).pgJavaOpts();
        assertThat(flags).anyMatch(flag -> flag.startsWith("-Xmx"));
        return flags;
    }

    private static String setting(Statement statement, String name) throws Exception {
        try (ResultSet rows = statement.executeQuery("show " + name)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
