package hall.benchmarks;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/cases} straight to case-service through the whole pipeline (case row, history, outbox, relay to
 * Kafka, deadline-service consuming), beside pgbench's single-row inserts into the same PostgreSQL at the same
 * concurrency. While it runs, the outbox lag (age of the oldest unpublished row) and deadline-service's consumer
 * lag on hall.case-events are sampled.
 */
final class Intake {

    static final int CONNECTIONS = 8;
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+)");
    private static final Pattern AVERAGE = Pattern.compile("latency average = ([0-9.]+) ms");

    /** What the clerk submits: their window and a matter of its department with all its materials. */
    record Submission(String token, String window, String matter, String materials) {

        /** The JSON body; each request's subject is its own ({@code %d-%d}: wrk's thread and request number). */
        String bodyTemplate() {
            return """
                    {"applicant":{"name":"张三","phone":"13800138000","idNumber":"110101199003071234",\
                    "callbackConsent":true,"subject":"bench %%d-%%d"},"matterCode":"%s","windowCode":"%s","materials":%s}"""
                    .formatted(escapePercent(matter), escapePercent(window), escapePercent(materials));
        }

        /** The body of request {@code n} sent from Java (the event-latency row). */
        String body(long n) {
            return bodyTemplate().formatted(0, n);
        }

        HttpRequest request(String caseService, long n) {
            return HttpRequest.newBuilder(URI.create(caseService + "/api/cases"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body(n))).build();
        }

        /** wrk's Lua script: POST with the clerk's token, each request with its own subject. */
        String wrkScript() {
            return """
                    wrk.method = "POST"
                    wrk.headers["Content-Type"] = "application/json"
                    wrk.headers["Authorization"] = "Bearer %s"
                    local body = [=[%s]=]
                    local threads = 0
                    function setup(thread)
                      threads = threads + 1
                      thread:set("thread_number", threads)
                    end
                    local sent = 0
                    function request()
                      sent = sent + 1
                      return wrk.format(nil, nil, nil, string.format(body, thread_number, sent))
                    end
                    """.formatted(token, bodyTemplate());
        }

        private static String escapePercent(String text) {
            return text.replace("%", "%%");
        }
    }

    private final Stack stack;
    private final PortBlock ports;
    private final Duration warmUp;
    private final Duration run;
    private final Wrk wrk;

    Intake(Stack stack, PortBlock ports, Duration warmUp, Duration run, Wrk wrk) {
        this.stack = stack;
        this.ports = ports;
        this.warmUp = warmUp;
        this.run = run;
        this.wrk = wrk;
    }

    static Submission submission(Stack stack, String caseService) throws Exception {
        String token = stack.token("clerk");
        String window = Stack.claims(token).path("window").asString();
        String department = stack.get(caseService + "/api/windows/" + window, token).path("departmentCode").asString();
        for (JsonNode matter : stack.get(caseService + "/api/matters", token)) {
            if ("PROMISED".equals(matter.path("category").asString())
                    && department.equals(matter.path("departmentCode").asString())) {
                List<String> materials = new ArrayList<>();
                matter.path("materials").forEach(m -> materials.add("\"" + m.path("code").asString() + "\""));
                return new Submission(token, window, matter.path("code").asString(), materials.toString());
            }
        }
        throw new IllegalStateException("no PROMISED matter of department " + department + " (demo data loaded?)");
    }

    /** Runs the intake and its peer, adds their rows; returns the cases per second the intake sustained. */
    double measure(Table table, Path pgbench) throws Exception {
        String caseService = stack.url(ports.caseService());
        Submission submission = submission(stack, caseService);
        Lags lags = new Lags();
        Thread sampler = Thread.ofPlatform().daemon().start(lags::sample);
        Wrk.Run posts;
        CpuPerCase cpu;
        Path script = Files.createTempFile("intake-", ".lua");
        try {
            Files.writeString(script, submission.wrkScript());
            wrk.scripted(caseService + "/api/cases", script, CONNECTIONS, warmUp);
            cpu = CpuPerCase.start(stack);
            posts = wrk.scripted(caseService + "/api/cases", script, CONNECTIONS, run);
            cpu.stop();
        } finally {
            lags.measuring.set(false);
            Files.deleteIfExists(script);
        }
        long drained = lags.awaitConsumerCaughtUp(Duration.ofSeconds(60));
        lags.stop.set(true);
        sampler.join(5_000);

        PgbenchRun peer = pgbench(pgbench);
        table.add("POST /api/cases to case-service, " + CONNECTIONS + " connections (case row, history, outbox, relay,"
                        + " deadline-service consuming)" + (posts.failures() > 0
                        ? "; " + posts.failures() + " of " + posts.requests() + " not answered 2xx" : ""),
                Table.decimal(posts.succeededPerSecond()) + " cases/s, " + posts.latencies(),
                "pgbench single-row INSERT, " + CONNECTIONS + " clients: " + Table.decimal(peer.tps()) + " tps, avg "
                        + Table.decimal(peer.averageMillis()) + " ms",
                Table.ratio(posts.succeededPerSecond(), peer.tps()));
        table.add("outbox lag (oldest unpublished row) during the intake run; deadline-service consumer lag",
                "max " + Table.decimal(lags.maxOutboxLagMillis) + " ms; consumer lag max " + lags.maxConsumerLag
                        + " records, " + (drained >= 0 ? "0 " + Table.decimal(drained / 1000.0) + " s after the run"
                        : "not 0 within 60 s after the run"),
                "floor: outbox lag < 1 s", "");
        table.add("where the CPU of the intake run went (each component with its child processes; the case's"
                        + " events are relayed and consumed during the run)",
                cpu.perCase(posts.requests()), "pgbench: at most "
                        + Table.decimal(2000.0 / peer.tps()) + " ms CPU per insert (two cores divided by its rate)", "");
        return posts.succeededPerSecond();
    }

    record PgbenchRun(double tps, double averageMillis) {
    }

    private PgbenchRun pgbench(Path pgbench) throws Exception {
        try (Connection c = DriverManager.getConnection(stack.jdbcUrl("case_service"), "case_service", "case_service");
             Statement s = c.createStatement()) {
            s.execute("create table if not exists bench_single_row_insert (id bigserial primary key,"
                    + " payload text not null, created_at timestamptz not null default now())");
        }
        Path script = Files.createTempFile("pgbench-", ".sql");
        try {
            Files.writeString(script, "insert into bench_single_row_insert (payload) values ('{\"subject\":\"bench\"}');\n");
            Map<String, String> env = new HashMap<>();
            env.put("PGPASSWORD", "case_service");
            Processes.Finished out = Processes.run(List.of(pgbench.toString(), "-n", "-c", Integer.toString(CONNECTIONS),
                    "-j", "2", "-T", Long.toString(run.toSeconds()), "-f", script.toString(), "-h", "127.0.0.1",
                    "-p", Integer.toString(ports.postgres()), "-U", "case_service", "case_service"), env,
                    run.plusSeconds(60));
            return parsePgbench(out.output());
        } finally {
            Files.deleteIfExists(script);
            try (Connection c = DriverManager.getConnection(stack.jdbcUrl("case_service"), "case_service", "case_service");
                 Statement s = c.createStatement()) {
                s.execute("drop table if exists bench_single_row_insert");
            }
        }
    }

    static PgbenchRun parsePgbench(String output) {
        Matcher tps = TPS.matcher(output);
        if (!tps.find()) {
            throw new IllegalStateException("pgbench printed no tps: " + Processes.tail(output));
        }
        Matcher average = AVERAGE.matcher(output);
        return new PgbenchRun(Double.parseDouble(tps.group(1)),
                average.find() ? Double.parseDouble(average.group(1)) : Double.NaN);
    }

    /** Samples the outbox lag and deadline-service's consumer lag every 250 ms. */
    private final class Lags {
        final AtomicBoolean measuring = new AtomicBoolean(true);
        final AtomicBoolean stop = new AtomicBoolean(false);
        volatile double maxOutboxLagMillis;
        volatile long maxConsumerLag;
        volatile long lastConsumerLag = -1;

        void sample() {
            Properties admin = new Properties();
            admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafka());
            try (Connection db = DriverManager.getConnection(stack.jdbcUrl("case_service"), "case_service", "case_service");
                 Admin kafka = Admin.create(admin)) {
                while (!stop.get()) {
                    try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(
                            "select coalesce(extract(epoch from clock_timestamp() - min(created_at)) * 1000, 0)"
                                    + " from outbox_event where published_at is null")) {
                        rs.next();
                        if (measuring.get()) {
                            maxOutboxLagMillis = Math.max(maxOutboxLagMillis, rs.getDouble(1));
                        }
                    }
                    long lag = consumerLag(kafka);
                    lastConsumerLag = lag;
                    if (measuring.get()) {
                        maxConsumerLag = Math.max(maxConsumerLag, lag);
                    }
                    Thread.sleep(250);
                }
            } catch (Exception e) {
                System.err.println("lag sampler stopped: " + e);
            }
        }

        /** Milliseconds until the consumer lag was 0 after the run, or -1. */
        long awaitConsumerCaughtUp(Duration atMost) throws InterruptedException {
            long started = System.nanoTime();
            while (System.nanoTime() - started < atMost.toNanos()) {
                if (lastConsumerLag == 0) {
                    return (System.nanoTime() - started) / 1_000_000;
                }
                Thread.sleep(100);
            }
            return -1;
        }

        private long consumerLag(Admin kafka) throws Exception {
            Map<TopicPartition, OffsetAndMetadata> committed = kafka.listConsumerGroupOffsets("deadline-service")
                    .partitionsToOffsetAndMetadata().get();
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            committed.keySet().stream().filter(tp -> tp.topic().equals("hall.case-events"))
                    .forEach(tp -> latest.put(tp, OffsetSpec.latest()));
            long lag = 0;
            for (var end : kafka.listOffsets(latest).all().get().entrySet()) {
                OffsetAndMetadata at = committed.get(end.getKey());
                lag += end.getValue().offset() - (at == null ? 0 : at.offset());
            }
            return lag;
        }
    }
}
