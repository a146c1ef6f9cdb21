package hall.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.HdrHistogram.Histogram;
import tools.jackson.databind.JsonNode;

/**
 * Case accepted -> its clock queryable in deadline-service, at a fixed rate of cases (open loop: one case starts
 * every 1/rate s whatever the previous ones do). The clock counts as queryable when its committed row is visible in
 * deadline-service's database, read every millisecond for all cases still waiting. Beside it, the broker's own
 * end-to-end latency (org.apache.kafka.tools.EndToEndLatency from the stack's Kafka jars, acks=1).
 *
 * <p>The rate is 200 cases/s when the intake can take it. A case here costs two requests (submission and
 * acceptance), so a rate above about a third of the intake row's closed-loop rate only measures a queue in front of
 * case-service (the run of 30 November: 200/s offered to a case-service taking 21/s, every request failed): the rate
 * is {@link #rateFor} of the intake row's rate, or {@code BENCH_LATENCY_RATE}. At most one second of requests is in
 * flight; a case that would start beyond that is counted as not sent. Where the time goes is read from the
 * databases afterwards (one PostgreSQL clock): the acceptance's transaction to the relay's claim
 * (outbox_event.created_at -> published_at, both transaction start times), and the claim to deadline-service's
 * consumer transaction (-> processed_event.processed_at: send, broker, consumer poll).
 */
final class EventLatency {

    static final int RATE = 200;

    /** The rate offered: 200/s, or a third of the intake's closed-loop rate when that is less (at least 1/s). */
    static int rateFor(double intakeCasesPerSecond) {
        return (int) Math.max(1, Math.min(RATE, Math.floor(intakeCasesPerSecond / 3)));
    }
    private static final Pattern PERCENTILES = Pattern.compile("50th = (\\d+), 99th = (\\d+)");

    private final Stack stack;
    private final PortBlock ports;
    private final Path root;
    private final Path java;
    private final Duration run;
    private final Duration warmUp;
    private final int rate;
    private final String rateReason;

    EventLatency(Stack stack, PortBlock ports, Path root, Path java, Duration warmUp, Duration run, int rate,
            String rateReason) {
        this.stack = stack;
        this.ports = ports;
        this.root = root;
        this.java = java;
        this.warmUp = warmUp;
        this.run = run;
        this.rate = rate;
        this.rateReason = rateReason;
    }

    void measure(Table table) throws Exception {
        String caseService = stack.url(ports.caseService());
        Intake.Submission submission = Intake.submission(stack, caseService);
        Map<String, Long> waiting = new ConcurrentHashMap<>();
        Histogram micros = new Histogram(3);
        Offered offered = new Offered();
        Map<String, Long> measuredCases = new ConcurrentHashMap<>();
        Thread poller = Thread.ofPlatform().daemon().start(() -> poll(waiting, micros, measuredCases));
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build()) {
            // the same load first, not counted: the acceptance path and the consumers warm up (run alone, the row
            // met a cold stack)
            offer(client, caseService, submission, warmUp.toSeconds() * rate, 2_000_000_000L, new ConcurrentHashMap<>(),
                    new Offered());
            offer(client, caseService, submission, run.toSeconds() * rate, 1_000_000_000L, waiting, offered);
        }
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!waiting.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        int lost = waiting.size();
        poller.interrupt();
        poller.join(5_000);

        Stages stages = stages(measuredCases);
        Kafka broker = brokerLatency();
        String measured;
        synchronized (micros) {
            measured = "p50 %s ms, p99 %s ms (%d cases at %d/s offered, %s%s)%s".formatted(
                    Table.decimal(micros.getValueAtPercentile(50) / 1000.0),
                    Table.decimal(micros.getValueAtPercentile(99) / 1000.0), micros.getTotalCount(), rate, rateReason,
                    offered.describe() + (lost > 0 ? ", " + lost + " clocks not seen within 30 s" : ""),
                    stages == null ? "" : "; " + stages);
        }
        table.add("case accepted -> its clock queryable in deadline-service (outbox, relay, Kafka, consumer)", measured,
                broker == null ? "Kafka EndToEndLatency: not measured"
                        : "Kafka EndToEndLatency (acks=1): p50 %d ms, p99 %d ms".formatted(broker.p50(), broker.p99()),
                broker == null ? "" : Table.ratio(micros.getValueAtPercentile(99) / 1000.0, Math.max(1, broker.p99())));
    }

    /** What became of the cases offered: not sent, and failed requests by reason. */
    record Offered(LongAdder notSent, LongAdder failed, Map<String, LongAdder> failures) {

        Offered() {
            this(new LongAdder(), new LongAdder(), new ConcurrentHashMap<>());
        }

        void failedWith(Exception e) {
            failed.increment();
            failures.computeIfAbsent(reason(e), r -> new LongAdder()).increment();
        }

        /** ", N not sent ..., M requests failed: ..." for the row, empty when every case was sent and answered. */
        String describe() {
            return (notSent.sum() > 0 ? ", " + notSent.sum() + " not sent (a second of cases in flight)" : "")
                    + (failed.sum() > 0 ? ", " + failed.sum() + " requests failed: " + mostFrequent(failures) : "");
        }
    }

    /**
     * Offers {@code cases} cases at the rate, open loop, with at most one second of cases in flight (the rest counted
     * as not sent: beyond it the intake is behind, and more connections only queue); subjects numbered from
     * {@code numberBase}.
     */
    private void offer(HttpClient client, String caseService, Intake.Submission submission, long cases, long numberBase,
            Map<String, Long> waiting, Offered offered) throws InterruptedException {
        Semaphore inFlight = new Semaphore(rate);
        try (ExecutorService requests = Executors.newVirtualThreadPerTaskExecutor()) {
            long begin = System.nanoTime();
            for (long n = 0; n < cases; n++) {
                long due = begin + n * 1_000_000_000L / rate;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
                if (!inFlight.tryAcquire()) {
                    offered.notSent().increment();
                    continue;
                }
                long number = numberBase + n;
                requests.submit(() -> {
                    try {
                        acceptOne(client, caseService, submission, number, waiting);
                    } catch (Exception e) {
                        offered.failedWith(e);
                    } finally {
                        inFlight.release();
                    }
                });
            }
        }
    }

    /** What a failed request met, short enough for the table (status or exception, without ids). */
    static String reason(Exception e) {
        String message = e.getMessage() == null ? "" : ": " + e.getMessage();
        return (e.getClass().getSimpleName() + message).replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "<id>");
    }

    static String mostFrequent(Map<String, LongAdder> failures) {
        return failures.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue().sum(), a.getValue().sum()))
                .limit(2).map(e -> e.getValue().sum() + " x " + e.getKey()).collect(Collectors.joining("; "));
    }

    private void acceptOne(HttpClient client, String caseService, Intake.Submission submission, long n,
            Map<String, Long> waiting) throws Exception {
        HttpResponse<String> submitted = client.send(submission.request(caseService, n),
                HttpResponse.BodyHandlers.ofString());
        if (submitted.statusCode() != 201) {
            throw new IllegalStateException("submit answered " + submitted.statusCode() + " "
                    + submitted.body().substring(0, Math.min(120, submitted.body().length())));
        }
        JsonNode view = Stack.JSON.readTree(submitted.body());
        String caseId = view.path("id").asString();
        if (!"ACCEPTED".equals(view.path("status").asString())) {
            HttpResponse<Void> accepted = client.send(HttpRequest.newBuilder(
                            URI.create(caseService + "/api/cases/" + caseId + "/acceptance"))
                    .header("Authorization", "Bearer " + submission.token())
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
            if (accepted.statusCode() != 200) {
                throw new IllegalStateException("acceptance answered " + accepted.statusCode());
            }
        }
        waiting.put(caseId, System.nanoTime());
    }

    private void poll(Map<String, Long> waiting, Histogram micros, Map<String, Long> measuredCases) {
        try (Connection db = DriverManager.getConnection(stack.jdbcUrl("deadline_service"), "deadline_service",
                "deadline_service");
             PreparedStatement visible = db.prepareStatement(
                     "select case_id from deadline_clock where case_id = any(?) and kind = 'APPLICANT'")) {
            while (!Thread.currentThread().isInterrupted()) {
                if (waiting.isEmpty()) {
                    Thread.sleep(1);
                    continue;
                }
                Array ids = db.createArrayOf("varchar", waiting.keySet().toArray());
                visible.setArray(1, ids);
                try (ResultSet rs = visible.executeQuery()) {
                    long now = System.nanoTime();
                    while (rs.next()) {
                        Long accepted = waiting.remove(rs.getString(1));
                        if (accepted != null) {
                            long micro = Math.max(1, (now - accepted) / 1000);
                            measuredCases.put(rs.getString(1), micro);
                            synchronized (micros) {
                                micros.recordValue(micro);
                            }
                        }
                    }
                }
                Thread.sleep(1);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            System.err.println("clock poller stopped: " + e);
        }
    }

    record Kafka(long p50, long p99) {
    }

    /**
     * Medians and 99th percentiles (ms) of where a measured case's acceptance event spent its time, from the databases'
     * timestamps.
     */
    record Stages(double toRelay, double toRelayP99, double relayToConsumer, double relayToConsumerP99, int cases) {

        static Stages of(List<Double> toRelay, List<Double> relayToConsumer) {
            return new Stages(median(toRelay), percentile(toRelay, 99), median(relayToConsumer),
                    percentile(relayToConsumer, 99), toRelay.size());
        }

        @Override
        public String toString() {
            return ("medians (p99) of %d: acceptance transaction -> relay claim %s ms (%s), relay claim ->"
                    + " deadline-service's consumer transaction %s ms (%s) (send, broker, consumer poll)")
                    .formatted(cases, Table.decimal(toRelay), Table.decimal(toRelayP99), Table.decimal(relayToConsumer),
                            Table.decimal(relayToConsumerP99));
        }
    }

    /** Where the time went, or null when the databases could not say. */
    private Stages stages(Map<String, Long> measuredCases) {
        if (measuredCases.isEmpty()) {
            return null;
        }
        try (Connection cases = DriverManager.getConnection(stack.jdbcUrl("case_service"), "case_service", "case_service");
             Connection clocks = DriverManager.getConnection(stack.jdbcUrl("deadline_service"), "deadline_service",
                     "deadline_service");
             PreparedStatement relayed = cases.prepareStatement("""
                     select event_id::text, message_key, extract(epoch from created_at) * 1000,
                            extract(epoch from published_at) * 1000
                     from outbox_event where event_type = 'hall.case.accepted.v1' and message_key = any(?)
                       and published_at is not null""");
             PreparedStatement consumed = clocks.prepareStatement("""
                     select event_id, extract(epoch from min(processed_at)) * 1000 from processed_event
                     where event_id = any(?) group by event_id""")) {
            relayed.setArray(1, cases.createArrayOf("varchar", measuredCases.keySet().toArray()));
            Map<String, double[]> byEvent = new HashMap<>();
            try (ResultSet rs = relayed.executeQuery()) {
                while (rs.next()) {
                    byEvent.put(rs.getString(1), new double[] {rs.getDouble(3), rs.getDouble(4)});
                }
            }
            consumed.setArray(1, clocks.createArrayOf("varchar", byEvent.keySet().toArray()));
            List<Double> toRelay = new ArrayList<>();
            List<Double> relayToConsumer = new ArrayList<>();
            try (ResultSet rs = consumed.executeQuery()) {
                while (rs.next()) {
                    double[] at = byEvent.get(rs.getString(1));
                    toRelay.add(at[1] - at[0]);
                    relayToConsumer.add(rs.getDouble(2) - at[1]);
                }
            }
            return toRelay.isEmpty() ? null
                    : Stages.of(toRelay, relayToConsumer);
        } catch (Exception e) {
            System.err.println("event latency stages: " + e);
            return null;
        }
    }

    /** The nearest-rank percentile: the smallest value with at least {@code p} per cent of the values at or below. */
    static double percentile(List<Double> values, int p) {
        List<Double> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private Kafka brokerLatency() {
        try {
            Processes.Finished out = Processes.run(List.of(java.toString(), "-Xmx128m", "-cp",
                    root.resolve("local-stack/target/lib").toString() + "/*", "org.apache.kafka.tools.EndToEndLatency",
                    stack.kafka(), "bench-end-to-end-latency", "2000", "1", "200"), Map.of(), Duration.ofMinutes(2));
            return parseEndToEnd(out.output());
        } catch (RuntimeException e) {
            System.err.println("EndToEndLatency: " + e.getMessage());
            return null;
        }
    }

    static Kafka parseEndToEnd(String output) {
        Matcher m = PERCENTILES.matcher(output);
        if (!m.find()) {
            throw new IllegalStateException("EndToEndLatency printed no percentiles: " + Processes.tail(output));
        }
        return new Kafka(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
    }
}
