package hall.localstack;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The set-up checks of ./platform, run against fake JDKs so that they do not depend on this machine. */
@EnabledOnOs({OS.LINUX, OS.MAC})
class PlatformScriptTest {

    private static final Path SCRIPT = Path.of("..", "platform").toAbsolutePath().normalize();

    @TempDir
    Path temp;

    private Path fakeBin;

    @BeforeEach
    void fakeJdks() throws IOException {
        fakeJdk("jdk-17", "17.0.15");
        fakeJdk("jdk-21", "21.0.2");
        fakeJdk("jdk-25", "25.0.1");
        fakeJdk("jre-26", "26").resolve("bin/javac").toFile().delete();
        fakeBin = fakeJdk("on-path", "17.0.15").resolve("bin");
    }

    @Test
    void picksTheNewestJdk21OrLaterFromTheSearchPathWhenJavaHomeAndPathAreOlder() throws Exception {
        Result result = run(Map.of("JAVA_HOME", temp.resolve("jdk-17").toString(),
                "PLATFORM_JDK_SEARCH_PATH", temp + "/jdk-*:" + temp + "/jre-*"), "find-jdk");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout().strip()).isEqualTo(temp.resolve("jdk-25").toRealPath().toString());
    }

    @Test
    void prefersJavaHomeWhenItIsJdk21OrLater() throws Exception {
        Result result = run(Map.of("JAVA_HOME", temp.resolve("jdk-21").toString(),
                "PLATFORM_JDK_SEARCH_PATH", temp + "/jdk-*"), "find-jdk");

        assertThat(result.stdout().strip()).isEqualTo(temp.resolve("jdk-21").toString());
    }

    @Test
    void saysInOneLineWhatToInstallWhenThereIsNoJdk21() throws Exception {
        Result result = run(Map.of("JAVA_HOME", temp.resolve("jdk-17").toString(),
                "PLATFORM_JDK_SEARCH_PATH", temp + "/jdk-17:" + temp + "/jre-*"), "up");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.stderr().lines().toList()).singleElement().asString()
                .contains("no JDK 21 or newer found").contains("install");
    }

    private Path fakeJdk(String name, String version) throws IOException {
        Path bin = Files.createDirectories(temp.resolve(name).resolve("bin"));
        String java = "#!/bin/sh\necho 'openjdk version \"" + version + "\" 2025-01-01' >&2\n";
        for (String tool : List.of("java", "javac")) {
            Path file = bin.resolve(tool);
            Files.writeString(file, java, StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return temp.resolve(name);
    }

    private Result run(Map<String, String> environment, String... arguments) throws Exception {
        ProcessBuilder builder = new ProcessBuilder();
        builder.command().add("bash");
        builder.command().add(SCRIPT.toString());
        builder.command().addAll(List.of(arguments));
        builder.environment().clear();
        builder.environment().put("PATH", fakeBin + ":/usr/bin:/bin:/usr/sbin:/sbin");
        builder.environment().put("HOME", temp.toString());
        builder.environment().putAll(environment);
        Path out = temp.resolve("out.txt");
        Path err = temp.resolve("err.txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("./platform finished").isTrue();
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private record Result(int exitCode, String stdout, String stderr) {
    }
}
