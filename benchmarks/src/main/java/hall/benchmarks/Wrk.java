package hall.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * wrk (Debian package {@code wrk}) for the GET rows and, with a Lua script, the intake's POSTs: a C event loop whose
 * own cost stays far below nginx's rate on two cores, which a JVM client on the same cores would not (the JDK
 * HttpClient that drove the intake before took about 2 ms of CPU per case, 13 % of the machine). Both sides of a
 * GET ratio go through the same wrk with the same connections and duration; the intake's peer, pgbench, is a C
 * client too.
 */
final class Wrk {

    private static final Pattern RATE = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern PERCENTILE = Pattern.compile("^\\s*(50|75|90|99)%\\s+([0-9.]+)(us|ms|s|m)\\s*$", Pattern.MULTILINE);
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses:\\s+(\\d+)");
    private static final Pattern ERRORS = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");
    private static final Pattern TOTAL = Pattern.compile("(\\d+) requests in");

    /** What one wrk run measured; latencies in milliseconds. */
    record Run(double requestsPerSecond, double p50, double p99, long requests, long failures) {

        /** Requests per second answered 2xx or 3xx (wrk's own rate counts every answer). */
        double succeededPerSecond() {
            return requests == 0 ? 0 : requestsPerSecond * (requests - failures) / requests;
        }

        String latencies() {
            return "p50 %s ms, p99 %s ms".formatted(Table.decimal(p50), Table.decimal(p99));
        }
    }

    private final Path wrk;

    Wrk(Path wrk) {
        this.wrk = wrk;
    }

    Run get(String url, Map<String, String> headers, int connections, Duration duration) {
        return parse(Processes.run(command(url, headers, null, connections, duration), Map.of(),
                duration.plusSeconds(30)).output());
    }

    /** The requests the Lua script makes (e.g. POSTs with a body of their own), closed loop on each connection. */
    Run scripted(String url, Path script, int connections, Duration duration) {
        return parse(Processes.run(command(url, Map.of(), script, connections, duration), Map.of(),
                duration.plusSeconds(30)).output());
    }

    private List<String> command(String url, Map<String, String> headers, Path script, int connections,
            Duration duration) {
        List<String> command = new ArrayList<>(List.of(wrk.toString(), "-t", "2", "-c", Integer.toString(connections),
                "-d", duration.toSeconds() + "s", "--latency", "--timeout", "5s"));
        headers.forEach((name, value) -> command.addAll(List.of("-H", name + ": " + value)));
        if (script != null) {
            command.addAll(List.of("-s", script.toString()));
        }
        command.add(url);
        return command;
    }

    static Run parse(String output) {
        Matcher rate = RATE.matcher(output);
        if (!rate.find()) {
            throw new IllegalStateException("wrk printed no rate: " + output.strip());
        }
        double p50 = Double.NaN;
        double p99 = Double.NaN;
        Matcher percentile = PERCENTILE.matcher(output);
        while (percentile.find()) {
            double millis = millis(Double.parseDouble(percentile.group(2)), percentile.group(3));
            switch (percentile.group(1)) {
                case "50" -> p50 = millis;
                case "99" -> p99 = millis;
                default -> { }
            }
        }
        long failures = 0;
        Matcher non2xx = NON_2XX.matcher(output);
        if (non2xx.find()) {
            failures += Long.parseLong(non2xx.group(1));
        }
        Matcher errors = ERRORS.matcher(output);
        if (errors.find()) {
            for (int i = 1; i <= 4; i++) {
                failures += Long.parseLong(errors.group(i));
            }
        }
        Matcher total = TOTAL.matcher(output);
        long requests = total.find() ? Long.parseLong(total.group(1)) : 0;
        return new Run(Double.parseDouble(rate.group(1)), p50, p99, requests, failures);
    }

    private static double millis(double value, String unit) {
        return switch (unit) {
            case "us" -> value / 1000;
            case "s" -> value * 1000;
            case "m" -> value * 60_000;
            default -> value;
        };
    }
}
