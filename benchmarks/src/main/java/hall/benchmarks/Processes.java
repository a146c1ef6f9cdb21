package hall.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.LinkedHashSet;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Child processes of the bench and the memory of process trees. */
final class Processes {

    private Processes() {
    }

    record Finished(int exitCode, String output, Duration took) {
    }

    /** Runs a command to its end (stdout and stderr together), killing it after {@code atMost}. */
    static Finished run(List<String> command, Map<String, String> env, Duration atMost) {
        return run(command, env, atMost, null);
    }

    static Finished run(List<String> command, Map<String, String> env, Duration atMost, Path directory) {
        long started = System.nanoTime();
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            if (directory != null) {
                builder.directory(directory.toFile());
            }
            builder.environment().putAll(env);
            Path output = Files.createTempFile("bench-", ".out");
            try {
                builder.redirectOutput(output.toFile());
                Process process = builder.start();
                if (!process.waitFor(atMost.toMillis(), TimeUnit.MILLISECONDS)) {
                    stop(process);
                    throw new IllegalStateException(command.getFirst() + " did not finish within " + atMost + ": "
                            + tail(Files.readString(output, StandardCharsets.UTF_8)));
                }
                return new Finished(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8),
                        Duration.ofNanos(System.nanoTime() - started));
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** SIGTERM, ten seconds, then SIGKILL, for the process and everything it started. */
    static void stop(Process process) {
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        process.destroy();
        tree.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    static String tail(String text) {
        String stripped = text.strip();
        return stripped.length() <= 600 ? stripped : "..." + stripped.substring(stripped.length() - 600);
    }

    /**
     * Memory of the processes and their descendants in MiB: proportional set size (shared pages split between
     * the processes that map them, so PostgreSQL's shared buffers count once), resident size where the kernel
     * has no smaps_rollup.
     */
    static double memoryMib(List<Long> pids) {
        Collection<Long> all = withDescendants(pids, Set.of());
        return all == null ? Double.NaN : all.stream().mapToLong(Processes::memoryKib).sum() / 1024.0;
    }

    /**
     * CPU time (user and system) the process and its living descendants (e.g. PostgreSQL's backends) have used so
     * far, in milliseconds; 0 when it is gone. Descendants in {@code others} (and theirs) are left out: they are
     * counted on their own.
     */
    static long cpuMillis(long pid, Set<Long> others) {
        Collection<Long> all = withDescendants(List.of(pid), others);
        return all == null ? 0 : all.stream().mapToLong(Processes::ownCpuMillis).sum();
    }

    private static Collection<Long> withDescendants(List<Long> pids, Set<Long> others) {
        Map<Long, List<Long>> children = new HashMap<>();
        try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
            entries.map(p -> p.getFileName().toString()).filter(n -> n.chars().allMatch(Character::isDigit))
                    .forEach(n -> {
                        long parent = parentOf(Long.parseLong(n));
                        if (parent > 0) {
                            children.computeIfAbsent(parent, k -> new ArrayList<>()).add(Long.parseLong(n));
                        }
                    });
        } catch (IOException e) {
            return null;
        }
        Set<Long> all = new LinkedHashSet<>();
        List<Long> todo = new ArrayList<>(pids);
        while (!todo.isEmpty()) {
            long pid = todo.removeLast();
            if (all.add(pid)) {
                children.getOrDefault(pid, List.of()).stream().filter(child -> !others.contains(child)).forEach(todo::add);
            }
        }
        return all;
    }

    /** utime + stime of /proc/PID/stat (fields 14 and 15) in clock ticks of 10 ms (USER_HZ on Linux is 100). */
    private static long ownCpuMillis(long pid) {
        return statTicks(pid, 11, 12) * 10;
    }

    /**
     * The CPU time of a process and of its children that ended and were waited for (cutime and cstime, fields 16
     * and 17): a tool the bench ran to its end, such as wrk, counts in the bench's figure.
     */
    static long cpuMillisWithEndedChildren(long pid) {
        return statTicks(pid, 11, 12, 13, 14) * 10;
    }

    private static long statTicks(long pid, int... fieldsAfterTheCommand) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = 0;
            for (int field : fieldsAfterTheCommand) {
                ticks += Long.parseLong(fields[field]);
            }
            return ticks;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static long parentOf(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[1]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    private static long memoryKib(long pid) {
        for (String[] source : new String[][] {{"smaps_rollup", "Pss:"}, {"status", "VmRSS:"}}) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), source[0]))) {
                    if (line.startsWith(source[1])) {
                        return Long.parseLong(line.substring(source[1].length()).replace("kB", "").strip());
                    }
                }
            } catch (IOException | RuntimeException e) {
                // next source, or the process is gone
            }
        }
        return 0;
    }
}
