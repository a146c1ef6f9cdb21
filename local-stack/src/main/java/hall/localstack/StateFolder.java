package hall.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The local stack's state folder ({@code PLATFORM_STATE_DIR}, by default {@code .platform}): {@code run/NAME.pid}
 * and {@code run/NAME.port} of each running component, {@code logs/NAME.log} (the previous run's kept as
 * {@code NAME.log.1}) and {@code data/postgres}, {@code data/kafka}. A pid file counts only while its process is
 * this checkout's component: its command line carries {@code -Dplatform.component=NAME -Dplatform.home=HOME}.
 *
 * @param home the repository the components belong to
 * @param root the state folder
 */
public record StateFolder(Path home, Path root) {

    public Path run() {
        return root.resolve("run");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    public Path data() {
        return root.resolve("data");
    }

    public Path pidFile(String name) {
        return run().resolve(name + ".pid");
    }

    public Path portFile(String name) {
        return run().resolve(name + ".port");
    }

    public Path log(String name) {
        return logs().resolve(name + ".log");
    }

    /** Where the previous run's log is kept: {@code NAME.log.1} beside {@code NAME.log}. */
    public static Path previousLog(Path log) {
        return log.resolveSibling(log.getFileName() + ".1");
    }

    /** The path as users see it: relative to the repository when inside it. */
    public String shown(Path path) {
        return path.startsWith(home) ? home.relativize(path).toString() : path.toString();
    }

    /** The two arguments that mark a process as this checkout's component. */
    public List<String> marks(String name) {
        return List.of("-Dplatform.component=" + name, "-Dplatform.home=" + home);
    }

    /** The pid of the running component, or empty (and a stale pid file is removed). */
    public OptionalLong runningPid(String name) {
        Path file = pidFile(name);
        if (!Files.exists(file)) {
            return OptionalLong.empty();
        }
        try {
            long pid = Long.parseLong(Files.readString(file).strip());
            if (isOurs(pid, name)) {
                return OptionalLong.of(pid);
            }
        } catch (IOException | NumberFormatException e) {
            // not a pid of ours: dropped below
        }
        forget(name);
        return OptionalLong.empty();
    }

    /**
     * Whether the process is alive and is this checkout's component {@code name}. A process in the middle of an
     * exec (setsid starting java) shows an empty command line for a moment; that is read again.
     */
    public boolean isOurs(long pid, String name) {
        List<String> commandLine = commandLine(pid);
        for (int i = 0; i < 200 && commandLine.isEmpty() && ProcessHandle.of(pid).map(ProcessHandle::isAlive)
                .orElse(false); i++) {
            LockSupport.parkNanos(5_000_000);
            commandLine = commandLine(pid);
        }
        return commandLine.containsAll(marks(name));
    }

    /** The arguments of a process (empty when it is gone or not readable). */
    public static List<String> commandLine(long pid) {
        Path cmdline = Path.of("/proc", Long.toString(pid), "cmdline");
        if (Files.isReadable(cmdline)) {
            try {
                String text = Files.readString(cmdline, StandardCharsets.UTF_8);
                return text.isEmpty() ? List.of() : Arrays.asList(text.split("\0"));
            } catch (IOException e) {
                return List.of();
            }
        }
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).flatMap(p -> p.info().arguments())
                .map(Arrays::asList).orElse(List.of());
    }

    /** The port a running component was started with, else {@code otherwise}. */
    public int recordedPort(String name, int otherwise) {
        try {
            return Integer.parseInt(Files.readString(portFile(name)).strip());
        } catch (IOException | NumberFormatException e) {
            return otherwise;
        }
    }

    public void record(String name, long pid, int port) throws IOException {
        Files.createDirectories(run());
        Files.writeString(portFile(name), port + "\n");
        Files.writeString(pidFile(name), pid + "\n");
    }

    public void forget(String name) {
        try {
            Files.deleteIfExists(pidFile(name));
            Files.deleteIfExists(portFile(name));
        } catch (IOException e) {
            // a file that cannot be removed is checked again by the next command
        }
    }

    /** Keeps the previous log as {@code NAME.log.1} and starts a new one with a header line; answers its path. */
    public Path startLog(String name) throws IOException {
        Files.createDirectories(logs());
        Path log = log(name);
        if (Files.exists(log)) {
            Files.move(log, previousLog(log), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.writeString(log, "=== " + name + " starting at " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\n");
        return log;
    }

    /** The last {@code lines} lines of a component's log. */
    public List<String> logTail(String name, int lines) {
        try {
            List<String> all = Files.readAllLines(log(name), StandardCharsets.UTF_8);
            return all.subList(Math.max(0, all.size() - lines), all.size());
        } catch (IOException e) {
            return List.of("(no log: " + e.getMessage() + ")");
        }
    }

    /** A service's components with a pid file: NAME and its further instances (NAME-2, ...). */
    public List<String> componentsOf(String service) {
        List<String> names = new ArrayList<>(List.of(service));
        if (Files.isDirectory(run())) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(run(), service + "-[0-9]*.pid")) {
                for (Path file : files) {
                    String fileName = file.getFileName().toString();
                    names.add(fileName.substring(0, fileName.length() - ".pid".length()));
                }
            } catch (IOException e) {
                // none
            }
        }
        names.subList(1, names.size()).sort(null);
        return names;
    }

    /** The pid in the first line of a file such as PostgreSQL's {@code postmaster.pid}. */
    public static Optional<Long> firstLinePid(Path file) {
        try {
            return Files.readAllLines(file).stream().findFirst().map(String::strip).map(Long::parseLong);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
