package hall.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;

class OutputParsingTest {

    @Test
    void wrkRateAndPercentilesInMilliseconds() {
        Wrk.Run run = Wrk.parse("""
                Running 10s test @ http://127.0.0.1:30071/api/cases/bench
                  2 threads and 32 connections
                  Thread Stats   Avg      Stdev     Max   +/- Stdev
                    Latency     1.52ms    1.10ms  40.12ms   90.00%
                    Req/Sec    10.51k     1.20k   12.00k    70.00%
                  Latency Distribution
                     50%  850.00us
                     75%    1.20ms
                     90%    2.50ms
                     99%    1.20s
                  209876 requests in 10.00s, 30.12MB read
                  Socket errors: connect 0, read 2, write 0, timeout 1
                  Non-2xx or 3xx responses: 4
                Requests/sec:  20987.60
                Transfer/sec:      3.01MB
                """);

        assertThat(run.requestsPerSecond()).isEqualTo(20987.60);
        assertThat(run.p50()).isEqualTo(0.85);
        assertThat(run.p99()).isEqualTo(1200.0);
        assertThat(run.requests()).isEqualTo(209876);
        assertThat(run.failures()).isEqualTo(7);
    }

    @Test
    void wrkWithoutARateIsAnError() {
        assertThatThrownBy(() -> Wrk.parse("unable to connect to 127.0.0.1:30071 Connection refused"))
                .hasMessageContaining("Connection refused");
    }

    @Test
    void pgbenchThroughputWithoutConnectionTime() {
        Intake.PgbenchRun run = Intake.parsePgbench("""
                number of transactions actually processed: 81234
                latency average = 0.985 ms
                initial connection time = 12.345 ms
                tps = 8123.456789 (without initial connection time)
                """);

        assertThat(run.tps()).isEqualTo(8123.456789);
        assertThat(run.averageMillis()).isEqualTo(0.985);
    }

    @Test
    void kafkaEndToEndPercentiles() {
        EventLatency.Kafka kafka = EventLatency.parseEndToEnd("""
                0	3.123
                Avg latency: 2.1503 ms
                Percentiles: 50th = 2, 99th = 7, 99.9th = 15
                """);

        assertThat(kafka.p50()).isEqualTo(2);
        assertThat(kafka.p99()).isEqualTo(7);
    }

    @Test
    void scanResultLines() {
        assertThat(ScanRows.parse("noise\nBENCH-RESULT scan.clocksPerSecond=12345.6\nBENCH-RESULT idle.millis=3\n"))
                .containsEntry("scan.clocksPerSecond", 12345.6).containsEntry("idle.millis", 3.0);
    }

    @Test
    void scanRowsShowTheScanBesideItsRelayAndTheDrain() {
        Table table = new Table();
        ScanRows.addRows(ScanRows.parse("""
                BENCH-RESULT rounds=5
                BENCH-RESULT clocks=1000000
                BENCH-RESULT table.megabytes=516
                BENCH-RESULT sharedBuffers.megabytes=1024
                BENCH-RESULT drain.rowsPerSecond=20000
                BENCH-RESULT scan.claimed=10000
                BENCH-RESULT scan.clocksPerSecond=10363
                BENCH-RESULT scan.relayPaused.clocksPerSecond=14451
                BENCH-RESULT relay.eventsPerSecond=15015
                BENCH-RESULT idle.millis=1.0
                """), "", table);

        assertThat(table.rows()).hasSize(2);
        Table.Row scan = table.rows().get(0);
        assertThat(scan.what()).contains("10,000 due of 1,000,000 clocks (516 MB with their indexes,"
                + " PostgreSQL shared_buffers 1,024 MB)");
        assertThat(scan.project()).isEqualTo("10,363 clocks/s with the outbox relay publishing beside it (relay paused:"
                + " 14,451 clocks/s; the relay alone: 15,015 events/s; medians of 5 rounds after a warm-up)");
        assertThat(scan.peer()).contains("20,000 rows/s");
        assertThat(scan.ratio()).isEqualTo("0.52x");
        assertThat(table.rows().get(1).project()).isEqualTo("1.00 ms");
    }

    @Test
    void scanRowsSayWhyWhenTheBenchmarkPrintedNothing() {
        Table table = new Table();
        ScanRows.addRows(ScanRows.parse("BUILD FAILURE"), "BUILD FAILURE", table);

        assertThat(table.rows()).singleElement().satisfies(row ->
                assertThat(row.project()).startsWith("not measured: ScanBenchmark printed no result").contains("BUILD FAILURE"));
    }

    @Test
    void tableRatiosAndCells() {
        Table table = new Table();
        table.add("a | b", "1,000 req/s", "4,000 req/s", Table.ratio(1000, 4000));
        table.missing("scan", "no database");

        assertThat(table.markdown()).contains("| a \\| b | 1,000 req/s | 4,000 req/s | 0.25x |")
                .contains("| scan | not measured: no database |  |  |");
        assertThat(Table.ratio(5, 0)).isEmpty();
        assertThat(Table.decimal(12345.4)).isEqualTo("12,345");
        assertThat(Table.decimal(1.234)).isEqualTo("1.23");
    }

    @Test
    void nginxServesTheStaticBodyAndProxiesWithUpstreamKeepAlive() {
        String config = Nginx.config(Path.of("/tmp/bench-nginx"), 30070, 30071);

        assertThat(config).contains("listen 127.0.0.1:30070;").contains("listen 127.0.0.1:30071;")
                .contains("keepalive 64;").contains("proxy_set_header Connection \"\";").contains(Nginx.BODY)
                .contains("daemon off;");
    }

    @Test
    void failedRequestsAreNamedByTheirMostFrequentReasonsWithoutIds() {
        Map<String, LongAdder> failures = new HashMap<>();
        for (String id : List.of("0f8fad5b-d9cb-469f-a165-70867728950e", "7c9e6679-7425-40de-944b-e07fc1f90ae7")) {
            failures.computeIfAbsent(EventLatency.reason(new IllegalStateException("acceptance answered 409 " + id)),
                    r -> new LongAdder()).increment();
        }
        failures.computeIfAbsent(EventLatency.reason(new IOException("Connection reset")),
                r -> new LongAdder()).increment();

        assertThat(EventLatency.mostFrequent(failures))
                .isEqualTo("2 x IllegalStateException: acceptance answered 409 <id>; 1 x IOException: Connection reset");
    }

    @Test
    void eventLatencyOffersTwoHundredCasesPerSecondOnlyWhenTheIntakeTakesThreeTimesThat() {
        assertThat(EventLatency.rateFor(650)).isEqualTo(200);
        assertThat(EventLatency.rateFor(59.4)).isEqualTo(19);
        assertThat(EventLatency.rateFor(2)).isEqualTo(1);
    }

    @Test
    void theLatencyRowCountsCasesNotSentAndFailedRequestsByReason() {
        EventLatency.Offered offered = new EventLatency.Offered();
        assertThat(offered.describe()).isEmpty();
        offered.notSent().increment();
        offered.failedWith(new IllegalStateException("acceptance answered 503"));
        offered.failedWith(new IllegalStateException("acceptance answered 503"));
        assertThat(offered.describe()).isEqualTo(", 1 not sent (a second of cases in flight), 2 requests failed:"
                + " 2 x IllegalStateException: acceptance answered 503");
    }

    @Test
    void theStagesNinetyNinthPercentileIsTheNearestRank() {
        List<Double> hundred = new java.util.ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            hundred.add((double) (101 - i));
        }
        assertThat(EventLatency.percentile(hundred, 99)).isEqualTo(99.0);
        hundred.add(500.0);
        assertThat(EventLatency.percentile(hundred, 99)).isEqualTo(100.0);
        assertThat(EventLatency.percentile(List.of(7.0), 99)).isEqualTo(7.0);
        assertThat(EventLatency.Stages.of(List.of(1.0, 2.0, 30.0), List.of(4.0, 5.0, 6.0)).toString())
                .isEqualTo("medians (p99) of 3: acceptance transaction -> relay claim 2.00 ms (30.0), relay claim ->"
                        + " deadline-service's consumer transaction 5.00 ms (6.00) (send, broker, consumer poll)");
    }

    @Test
    void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
        assertThat(EventLatency.median(List.of(9.0, 1.0, 3.0, 4.0))).isEqualTo(3.5);
        assertThat(EventLatency.median(List.of(5.0, 1.0, 3.0))).isEqualTo(3.0);
    }

    @Test
    void cpuPerCaseListsTheLargestFirstAndLeavesOutWhatIsNegligible() {
        Map<String, Double> perCase = new java.util.LinkedHashMap<>();
        perCase.put("postgres", 2.0);
        perCase.put("case-service", 4.5);
        perCase.put("survey-service", 0.01);
        assertThat(CpuPerCase.describe(perCase)).isEqualTo("case-service 4.50, postgres 2.00 ms CPU per case (total 6.51)");
    }

    @Test
    void cpuTimeOfThisProcessIsRead() {
        long pid = ProcessHandle.current().pid();
        long before = Processes.cpuMillis(pid, java.util.Set.of());
        long until = System.nanoTime() + 10_000_000_000L;
        while (Processes.cpuMillis(pid, java.util.Set.of()) < before + 50 && System.nanoTime() < until) {
            Thread.onSpinWait();
        }
        assertThat(Processes.cpuMillis(pid, java.util.Set.of())).isGreaterThanOrEqualTo(before + 50);
    }

    @Test
    void cpuTimeOfAToolThatRanToItsEndCountsInTheBenchsFigure() throws Exception {
        long pid = ProcessHandle.current().pid();
        long before = Processes.cpuMillisWithEndedChildren(pid);
        long ownBefore = Processes.cpuMillis(pid, java.util.Set.of());
        // a child that burns at least 300 ms of CPU and ends; this JVM waits for it
        Process child = new ProcessBuilder("sh", "-c", "i=0; while [ $i -lt 3000000 ]; do i=$((i+1)); done").start();
        assertThat(child.waitFor()).isZero();
        long own = Processes.cpuMillis(pid, java.util.Set.of()) - ownBefore;
        long withChild = Processes.cpuMillisWithEndedChildren(pid) - before;

        assertThat(withChild).isGreaterThanOrEqualTo(own + 300);
    }

    @Test
    void intakeBodiesAreJsonWithASubjectOfTheirOwn() {
        Intake.Submission submission = new Intake.Submission("tok.en", "W01", "M-100%", "[\"A\",\"B\"]");

        tools.jackson.databind.JsonNode body = Stack.JSON.readTree(submission.body(7));
        assertThat(body.path("applicant").path("subject").asString()).isEqualTo("bench 0-7");
        assertThat(body.path("matterCode").asString()).isEqualTo("M-100%");
        assertThat(body.path("windowCode").asString()).isEqualTo("W01");
        assertThat(body.path("materials")).hasSize(2);
    }

    @Test
    void wrksIntakeScriptPostsTheBodyWithTheClerksTokenAndNumbersEachRequest() {
        String script = new Intake.Submission("tok.en", "W01", "M-100%", "[\"A\"]").wrkScript();

        assertThat(script).contains("wrk.method = \"POST\"")
                .contains("wrk.headers[\"Authorization\"] = \"Bearer tok.en\"")
                .contains("wrk.headers[\"Content-Type\"] = \"application/json\"")
                // Lua's string.format fills thread and request number; a percent of the data is escaped for it
                .contains("\"subject\":\"bench %d-%d\"").contains("\"matterCode\":\"M-100%%\"")
                .contains("string.format(body, thread_number, sent)");
    }

    @Test
    void theGatewayIsWarmWhenItsLastThreeWindowsAgree() {
        // the full tiered compiler's climb in a run of 30 November: not steady while it still climbs
        assertThat(GatewayRows.steady(List.of(174.0, 499.0, 801.0, 1063.0, 1442.0, 2195.0, 2133.0))).isFalse();
        assertThat(GatewayRows.steady(List.of(1442.0, 2195.0, 2133.0, 2900.0, 3036.0, 3184.0))).isTrue();
        assertThat(GatewayRows.steady(List.of(1100.0, 1114.0))).isFalse();
        assertThat(GatewayRows.steady(List.of(1100.0, 1114.0, 1083.0))).isTrue();
    }

    @Test
    void theReferenceGatewaysRowsSayWhatTheyLeaveOutAndTheirFailures() {
        String alone = GatewayRows.referenceRow("platform (C2)", false, new Wrk.Run(7700, 3.9, 11.1, 77000, 0));
        assertThat(alone).startsWith("the framework alone").contains("Spring Cloud Gateway with one route and nothing else")
                .contains("no token check").contains("circuit breaker").contains("tracing")
                .contains("32 connections, JVM flags: platform (C2)").doesNotContain("non-2xx");
        String withTokens = GatewayRows.referenceRow("platform (C2)", true, new Wrk.Run(6500, 4.1, 12.0, 65000, 0));
        assertThat(withTokens).startsWith("the framework with the token check only")
                .contains("Spring Security's resource server").contains("no role rules").doesNotContain("no token check");
        assertThat(GatewayRows.referenceRow("platform (C2)", false, new Wrk.Run(7700, 3.9, 11.1, 77000, 12)))
                .endsWith("(12 non-2xx/errors)");
    }
}
