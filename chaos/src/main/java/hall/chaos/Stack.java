package hall.chaos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The stack {@code ./platform} started, seen through its state folder: every component (PostgreSQL, Kafka, each
 * service instance) has a pid file in {@code run/}, so a component to fault is a pid file and a second instance
 * of a service is simply one more. A kill is SIGKILL of the process and everything it started (for PostgreSQL
 * also the postmaster and its backends, which run detached from the launcher); a restart is {@code ./platform up},
 * which starts whatever is not running and waits until it is healthy.
 */
final class Stack {

    private final Path root;
    private final Path stateDir;
    private final Path restartLog;

    Stack(Path root, Path stateDir) {
        this.root = root;
        this.stateDir = stateDir;
        this.restartLog = stateDir.resolve("logs/chaos-restarts.log");
    }

    /** The components that run now, by the names of their pid files (postgres, kafka, case-service, ...). */
    List<String> components() {
        try (Stream<Path> files = Files.list(stateDir.resolve("run"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".pid"))
                    .map(n -> n.substring(0, n.length() - ".pid".length())).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + stateDir.resolve("run") + ": " + e.getMessage(), e);
        }
    }

    /** SIGKILL of the component's process tree; answers the pids killed (empty when it was not running). */
    List<Long> kill(String component) {
        List<ProcessHandle> victims = new ArrayList<>();
        pidOf(stateDir.resolve("run/" + component + ".pid")).flatMap(ProcessHandle::of).ifPresent(p -> {
            victims.add(p);
            p.descendants().forEach(victims::add);
        });
        if (component.equals("postgres")) {
            // pg_ctl detaches the postmaster from the launcher: its pid is the first line of postmaster.pid
            pidOf(stateDir.resolve("data/postgres/postmaster.pid")).flatMap(ProcessHandle::of).ifPresent(p -> {
                victims.add(p);
                p.descendants().forEach(victims::add);
            });
        }
        victims.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle p : victims) {
            try {
                p.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                // still reported below by its pid; the restart finds it running or not
            }
        }
        return victims.stream().map(ProcessHandle::pid).distinct().toList();
    }

    /** {@code ./platform up} with this run's environment: starts what is down, waits until every part is healthy. */
    boolean restart(Duration timeout) {
        ProcessBuilder up = new ProcessBuilder(root.resolve("platform").toString(), "up").directory(root.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(restartLog.toFile()));
        Map<String, String> env = up.environment();
        env.put("PLATFORM_BUILD", "never");
        env.put("PLATFORM_STATE_DIR", stateDir.toString());
        try {
            Files.createDirectories(restartLog.getParent());
            Process process = up.start();
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroy();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    Path restartLog() {
        return restartLog;
    }

    private static Optional<Long> pidOf(Path file) {
        try {
            String first = Files.readAllLines(file).stream().findFirst().orElse("").strip();
            return first.matches("\\d+") ? Optional.of(Long.parseLong(first)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
