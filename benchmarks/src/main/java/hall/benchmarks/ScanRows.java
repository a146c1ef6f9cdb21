package hall.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The deadline scan, measured by deadline-service's ScanBenchmark (its own embedded PostgreSQL, 1,000,000 clocks,
 * 10,000 due): the production scanner beside a raw SQL claim-and-mark drain with SKIP LOCKED of the same table, and
 * the scan with nothing due. It prints {@code BENCH-RESULT key=value} lines, read here.
 */
final class ScanRows {

    private static final Pattern RESULT = Pattern.compile("BENCH-RESULT (\\S+)=(\\S+)");

    private final Path root;
    private final List<String> command;

    ScanRows(Path root, List<String> command) {
        this.root = root;
        this.command = command;
    }

    void measure(Table table) {
        Processes.Finished out = Processes.run(command, Map.of(), Duration.ofMinutes(15), root);
        addRows(parse(out.output()), out.output(), table);
    }

    /** The scan's two rows from the benchmark's results. */
    static void addRows(Map<String, Double> results, String output, Table table) {
        if (!results.containsKey("scan.clocksPerSecond")) {
            table.missing("deadline scan", "ScanBenchmark printed no result: " + Processes.tail(output));
            return;
        }
        double scan = results.get("scan.clocksPerSecond");
        double drain = results.getOrDefault("drain.rowsPerSecond", Double.NaN);
        table.add(("deadline scan: %,.0f due of %,.0f clocks (%s MB with their indexes, PostgreSQL shared_buffers"
                + " %s MB) warned, each with its DeadlineWarning event")
                        .formatted(results.getOrDefault("scan.claimed", Double.NaN), results.getOrDefault("clocks", Double.NaN),
                                Table.decimal(results.getOrDefault("table.megabytes", Double.NaN)),
                                Table.decimal(results.getOrDefault("sharedBuffers.megabytes", Double.NaN))),
                Table.decimal(scan) + " clocks/s with the outbox relay publishing beside it (relay paused: "
                        + Table.decimal(results.getOrDefault("scan.relayPaused.clocksPerSecond", Double.NaN))
                        + " clocks/s; the relay alone: "
                        + Table.decimal(results.getOrDefault("relay.eventsPerSecond", Double.NaN)) + " events/s;"
                        + " medians of %.0f rounds after a warm-up)".formatted(results.getOrDefault("rounds", Double.NaN)),
                "raw SQL claim-and-mark drain, SKIP LOCKED: " + Table.decimal(drain) + " rows/s",
                Table.ratio(scan, drain));
        table.add("deadline scan with nothing due, 1,000,000 clocks",
                Table.decimal(results.getOrDefault("idle.millis", Double.NaN)) + " ms", "floor: < 20 ms", "");
    }

    static Map<String, Double> parse(String output) {
        Map<String, Double> results = new HashMap<>();
        Matcher m = RESULT.matcher(output);
        while (m.find()) {
            results.put(m.group(1), Double.parseDouble(m.group(2)));
        }
        return results;
    }
}
