package hall.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ./platform bench}: the platform beside its peers in one run, one table (what | this project | peer, same
 * run | ratio). Starts the stack from the built jars on a free block of loopback ports in 27000-32699, nginx and
 * a bench gateway, runs each row for a bounded time, stops everything it started and prints the table (also
 * written to .platform/bench/last-table.md). Settings (environment): BENCH_SECONDS (10) and BENCH_WARMUP_SECONDS
 * (3) per run; BENCH_PORT_BASE, the block of loopback ports to use instead of a free one (PortBlock);
 * BENCH_JAVA_OPTS, the flags the platform runs the gateway with, BENCH_SERVICE_JAVA_OPTS those of the other
 * services (./platform passes its own);
 * BENCH_COMPARE_JAVA_OPTS, the flags the gateway is compared with (default: the other services' flags);
 * BENCH_GATEWAY_WARMUP_MAX_SECONDS (180), the
 * longest the gateway is loaded before its measured run while its rate is not yet steady; BENCH_SCAN_COMMAND, how ScanBenchmark runs
 * (empty: skipped); BENCH_ROWS (gateway,intake,latency,scan: which rows run); BENCH_LATENCY_RATE, the cases per
 * second of the event-latency row (default: 200, or a third of the intake row's rate when that is less).
 */
public final class SideBySide {

    /** The platform's gateway flags (full tiered compiler, serial collector), when ./platform does not pass its own. */
    static final String FULL_TIERED = "-Xms32m -Xmx256m -Xss512k -XX:+UseSerialGC -XX:CICompilerCount=2"
            + " -XX:ReservedCodeCacheSize=128m -XX:+ExitOnOutOfMemoryError";

    /**
     * The other services' flags (C1 only) when ./platform does not pass them; the gateway is compared with the
     * services' flags, so a change of those is compared too.
     */
    static final String C1_ONLY = "-Xms32m -Xmx256m -Xss512k -XX:+UseSerialGC -XX:TieredStopAtLevel=1"
            + " -XX:ReservedCodeCacheSize=64m -XX:+ExitOnOutOfMemoryError";

    private SideBySide() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(env("BENCH_ROOT", ".")).toAbsolutePath().normalize();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Duration run = Duration.ofSeconds(Long.parseLong(env("BENCH_SECONDS", "10")));
        Duration warmUp = Duration.ofSeconds(Long.parseLong(env("BENCH_WARMUP_SECONDS", "3")));
        List<String> rows = List.of(env("BENCH_ROWS", "gateway,intake,latency,scan").split(","));
        Table table = new Table();
        PortBlock ports = PortBlock.chosen(System.getenv());
        Instant began = Instant.now();
        System.out.println("bench: ports " + ports + ", " + run.toSeconds()
                + " s runs after " + warmUp.toSeconds() + " s warm-ups; load before: " + loadAverage());

        if (rows.stream().anyMatch(r -> !r.equals("scan"))) {
            try (Stack stack = new Stack(root, ports)) {
                System.out.println("bench: ./platform up (state in .platform/bench)");
                int upSeconds;
                try {
                    upSeconds = stack.up();
                } catch (RuntimeException e) {
                    // the stack rows stay empty with the reason; the scan row runs anyway
                    table.missing("whole stack and the rows that need it", e.getMessage());
                    rows = rows.stream().filter("scan"::equals).toList();
                    upSeconds = -1;
                }
                if (upSeconds >= 0) {
                    double stackMib = Processes.memoryMib(stack.pids());
                    table.add("whole stack (PostgreSQL, Kafka, 6 services): ./platform up to healthy, memory (PSS) when idle",
                            upSeconds + " s, " + Table.decimal(stackMib) + " MiB", "floor: < 90 s, < 3,072 MiB", "");
                }
                if (rows.contains("gateway")) {
                    row(table, "gateway", () -> gateway(root, java, stack, ports, run, warmUp, table));
                }
                double[] intakeRate = {Double.NaN};
                if (rows.contains("intake")) {
                    row(table, "intake", () -> intakeRate[0] = new Intake(stack, ports, warmUp, run, new Wrk(tool("wrk")))
                            .measure(table, tool("pgbench")));
                }
                if (rows.contains("latency")) {
                    String fixed = env("BENCH_LATENCY_RATE", "");
                    int rate = !fixed.isBlank() ? Integer.parseInt(fixed.strip())
                            : Double.isNaN(intakeRate[0]) ? EventLatency.RATE : EventLatency.rateFor(intakeRate[0]);
                    String why = !fixed.isBlank() ? "BENCH_LATENCY_RATE"
                            : Double.isNaN(intakeRate[0]) ? "without an intake row"
                            : rate == EventLatency.RATE ? "the intake takes more than three times that"
                            : "a third of the intake's " + Table.decimal(intakeRate[0]) + " cases/s";
                    row(table, "event latency", () -> new EventLatency(stack, ports, root, java, warmUp, run, rate, why)
                            .measure(table));
                }
                if (upSeconds >= 0) {
                    table.note("Stack memory after the runs: " + Table.decimal(Processes.memoryMib(stack.pids())) + " MiB (PSS).");
                }
                System.out.println("bench: ./platform down");
            }
        }
        if (rows.contains("scan")) {
            String scan = env("BENCH_SCAN_COMMAND", "");
            if (scan.isBlank()) {
                table.missing("deadline scan", "BENCH_SCAN_COMMAND is empty");
            } else {
                System.out.println("bench: " + scan);
                row(table, "deadline scan", () -> new ScanRows(root, List.of("bash", "-c", scan)).measure(table));
            }
        }
        table.note("Run of " + began + " (" + Duration.between(began, Instant.now()).toSeconds() + " s) on "
                + Runtime.getRuntime().availableProcessors() + " cores, load average at the end: " + loadAverage()
                + "; JVM flags of the gateway: " + env("BENCH_JAVA_OPTS", FULL_TIERED) + "; of the other services: "
                + env("BENCH_SERVICE_JAVA_OPTS", "(default)"));
        String markdown = table.markdown();
        System.out.println();
        System.out.println(markdown);
        Path last = root.resolve(".platform/bench/last-table.md");
        Files.createDirectories(last.getParent());
        Files.writeString(last, markdown);
    }

    private static void gateway(Path root, Path java, Stack stack, PortBlock ports, Duration run, Duration warmUp,
            Table table) throws Exception {
        Map<String, String> flags = new LinkedHashMap<>();
        String platform = env("BENCH_JAVA_OPTS", FULL_TIERED);
        flags.put("platform (" + platform + ")", platform);
        String compare = env("BENCH_COMPARE_JAVA_OPTS", env("BENCH_SERVICE_JAVA_OPTS", C1_ONLY));
        if (!compare.isBlank() && !compare.equals(platform)) {
            flags.put("compared (" + compare + ")", compare);
        }
        try (Nginx nginx = Nginx.start(tool("nginx"), root.resolve(".platform/bench/nginx"), ports.backend(),
                ports.nginxProxy())) {
            new GatewayRows(root, java, stack, ports, new Wrk(tool("wrk")), warmUp, run,
                    Duration.ofSeconds(Long.parseLong(env("BENCH_GATEWAY_WARMUP_MAX_SECONDS", "180"))))
                    .measure(table, flags, stack.token("clerk"));
        }
    }

    @FunctionalInterface
    private interface Measurement {
        void run() throws Exception;
    }

    private static void row(Table table, String what, Measurement measurement) {
        try {
            measurement.run();
        } catch (Exception | Error e) {
            System.err.println("bench: " + what + " failed: " + e);
            table.missing(what, e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }

    /** A peer's executable on the PATH (or /usr/sbin for nginx); ./platform bench installs the missing ones. */
    static Path tool(String name) {
        for (String dir : (System.getenv("PATH") + ":/usr/sbin:/usr/local/sbin").split(":")) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException(name + " is not installed (Debian: apt-get install -y "
                + switch (name) {
                    case "nginx" -> "nginx-light";
                    case "pgbench" -> "postgresql-client";
                    default -> name;
                } + ")");
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ", 4)[0];
        } catch (Exception e) {
            return "?";
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }
}
