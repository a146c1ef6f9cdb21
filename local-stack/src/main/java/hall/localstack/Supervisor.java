package hall.localstack;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Starts, watches and stops the local stack's processes through the state folder. A started process is detached:
 * a session of its own ({@code setsid} when the machine has it), stdin from {@code /dev/null}, output appended to
 * {@code logs/NAME.log}, so it outlives the launcher and ignores the Ctrl-C or hang-up of the launcher's terminal.
 */
public final class Supervisor {

    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration SETTLING = Duration.ofSeconds(10);

    private final StateFolder state;
    private final PrintStream out;
    private final PrintStream err;
    private final int logLines;

    public Supervisor(StateFolder state, PrintStream out, PrintStream err, int logLines) {
        this.state = state;
        this.out = out;
        this.err = err;
        this.logLines = logLines;
    }

    public StateFolder state() {
        return state;
    }

    /**
     * Starts {@code command} as component {@code name} (its marks are added after the executable, so
     * {@code command} is a JVM command line) with these environment variables; records its pid and port.
     */
    public long start(String name, int port, List<String> command, Map<String, String> environment)
            throws IOException {
        List<String> line = new ArrayList<>();
        detacher().ifPresent(line::add);
        line.add(command.getFirst());
        line.addAll(state.marks(name));
        line.addAll(command.subList(1, command.size()));
        Path log = state.startLog(name);
        ProcessBuilder builder = new ProcessBuilder(line).directory(state.home().toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        state.record(name, process.pid(), port);
        // setsid execs the command in place: until then the process's command line is setsid's
        long settled = System.nanoTime() + SETTLING.toNanos();
        while (process.isAlive() && !startedAs(process.pid(), command.getFirst()) && System.nanoTime() < settled) {
            LockSupport.parkNanos(Duration.ofMillis(2).toNanos());
        }
        return process.pid();
    }

    private static boolean startedAs(long pid, String executable) {
        List<String> commandLine = StateFolder.commandLine(pid);
        return !commandLine.isEmpty() && commandLine.getFirst().equals(executable);
    }

    /** {@code setsid} from the usual folders (it starts the process in a session of its own, same pid). */
    private static Optional<String> detacher() {
        return List.of("/usr/bin/setsid", "/bin/setsid").stream().filter(p -> Files.isExecutable(Path.of(p)))
                .findFirst();
    }

    /**
     * Waits until {@code ready} holds; fails with the log's tail printed when the component stopped meanwhile or
     * the timeout passed.
     */
    public void awaitReady(String name, String what, Duration timeout, BooleanSupplier ready) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ready.getAsBoolean()) {
            if (state.runningPid(name).isEmpty()) {
                throw failed(name, what + " stopped while starting (log above: " + state.shown(state.log(name)) + ")");
            }
            if (System.nanoTime() > deadline) {
                throw failed(name, what + " not ready after " + timeout.toSeconds()
                        + "s (log above); raise PLATFORM_START_TIMEOUT or read the log");
            }
            pause();
        }
    }

    /** Prints the last lines of the component's log to the error stream and answers the failure to report. */
    public StackFailure failed(String name, String message) {
        printLogTail(name);
        return new StackFailure(message);
    }

    public void printLogTail(String name) {
        err.println("platform: last lines of " + state.shown(state.log(name)) + ":");
        state.logTail(name, logLines).forEach(err::println);
    }

    /**
     * Stops the running ones of these components: SIGTERM to each, then waits up to {@code grace} (a first run
     * that writes its start-up cache on stopping gets {@code cacheGrace}) before SIGKILL.
     */
    public void stop(List<String> names, Duration grace, Duration cacheGrace) {
        record Stopping(String name, ProcessHandle process, String cache) {
        }
        List<Stopping> stopping = new ArrayList<>();
        for (String name : names) {
            OptionalLong pid = state.runningPid(name);
            Optional<ProcessHandle> handle = pid.isPresent() ? ProcessHandle.of(pid.getAsLong()) : Optional.empty();
            if (handle.isEmpty()) {
                continue;
            }
            String cache = StateFolder.commandLine(pid.getAsLong()).stream()
                    .filter(a -> a.startsWith("-XX:AOTCacheOutput=")).map(a -> a.substring(a.indexOf('=') + 1))
                    .findFirst().orElse("");
            out.println(cache.isEmpty() ? "stopping " + name + " (pid " + pid.getAsLong() + ")"
                    : "stopping " + name + " (pid " + pid.getAsLong()
                    + "; it writes its start-up cache now, which takes a while once)");
            handle.get().destroy();
            stopping.add(new Stopping(name, handle.get(), cache));
        }
        long started = System.nanoTime();
        for (Stopping s : stopping) {
            Duration limit = s.cache().isEmpty() ? grace : cacheGrace;
            long left = limit.toNanos() - (System.nanoTime() - started);
            if (!exited(s.process(), Duration.ofNanos(Math.max(0, left)))) {
                err.println("platform: " + s.name() + " (pid " + s.process().pid() + ") did not stop within "
                        + limit.toSeconds() + "s; killing it");
                s.process().destroyForcibly();
                exited(s.process(), Duration.ofSeconds(5));
                if (!s.cache().isEmpty()) {
                    deleteQuietly(Path.of(s.cache()));
                    deleteQuietly(Path.of(s.cache() + ".config"));
                }
            }
            state.forget(s.name());
        }
    }

    /** SIGINT (PostgreSQL's fast shutdown), then SIGKILL after {@code grace}. */
    public void interrupt(ProcessHandle process, Duration grace) {
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start().waitFor();
        } catch (IOException e) {
            process.destroy();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!exited(process, grace)) {
            process.destroyForcibly();
        }
    }

    static boolean exited(ProcessHandle process, Duration within) {
        try {
            process.onExit().get(within.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return !process.isAlive();
        } catch (ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    static void pause() {
        try {
            Thread.sleep(POLL);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackFailure("interrupted");
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the next start finds and replaces it
        }
    }
}
