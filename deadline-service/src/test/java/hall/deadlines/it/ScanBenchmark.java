package hall.deadlines.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import hall.deadlines.clocks.application.DeadlineScanner;
import hall.deadlines.clocks.application.DeadlineScanner.ScanResult;
import hall.deadlines.clocks.persistence.ClockRepository;
import hall.deadlines.shared.DeadlineProperties;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.SmartLifecycle;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benchmark, not part of the normal test run (the name matches no surefire include). Fills 1,000,000 clocks of
 * which 1 % are due and prints how fast the production scanner warns them (each with its DeadlineWarning in the
 * outbox), beside a raw SQL drain of the same due clocks (claim with SKIP LOCKED and mark in one statement per
 * batch of the same size, no events) as its peer, and how long a scan takes when nothing is due. The scan is timed
 * as it runs in production, with the outbox relay publishing its events beside it, and once more with the relay
 * paused (the scan's own cost), after which the relay alone publishes the paused scan's events (timed too). No test
 * consumer reads the events back here: it would run in this JVM beside the service and is not part of it. The
 * drain and the two scans run in rotating order for several rounds on the same freshly vacuumed table, each after
 * the outbox is empty, and the medians are reported, so a busy machine moves every figure alike; a first round
 * warms up the JIT compiler, the relay's producer and the caches, as a running service is, and is not counted.
 * The {@code BENCH-RESULT} lines are read by {@code ./platform bench}, which gives the embedded PostgreSQL 512MB
 * of shared buffers, sized for the table (about 310 MB with its indexes; PostgreSQL's default of 128MB makes every
 * batch's update read and write back evicted pages, and the scan measures the buffer pool). Run alone with:
 * {@code ./mvnw -q -B -o -pl deadline-service test -Dtest=ScanBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * -DargLine=-Dplatform.test.postgres.shared-buffers=512MB}
 */
class ScanBenchmark extends IntegrationTestBase {

    /** Rounds run first and not counted: the JIT compiler, the relay's producer and the caches warm up in them. */
    private static final int WARM_UP_ROUNDS = 1;
    private static final int ROUNDS = 5;
    private static final int IDLE_SCANS = 15;

    @Autowired
    DeadlineScanner scanner;
    @Autowired
    TransactionTemplate transactionTemplate;
    @Autowired
    DeadlineProperties properties;
    /** The eventing library's relay loop (and purge), as a lifecycle bean. */
    @Autowired
    @Qualifier("eventingTasks")
    SmartLifecycle relay;

    /** Measures the service's scan and its relay, without a test consumer reading every event back beside them. */
    @Override
    protected boolean readsPublishedEvents() {
        return false;
    }

    @Test
    void scanOverAMillionClocksWithOnePercentDue() {
        int batchSize = properties.getScan().getBatchSize();
        long t0 = System.nanoTime();
        Integer filled = transactionTemplate.execute(status -> ClockFill.fill(jdbc, 1_000_000));
        jdbc.sql("vacuum analyze deadline_clock").update();
        long fillMs = (System.nanoTime() - t0) / 1_000_000;
        Instant now = Instant.now();
        // the due clocks as filled, so that each round starts from the same table
        int due = jdbc.sql("create table bench_due_before as select id, next_check_at from deadline_clock"
                + " where state = 'RUNNING' and next_check_at <= :now").param("now", Timestamp.from(now)).update();

        // the claim query alone: first batch of due clocks through the partial index (rolled back)
        long q0 = System.nanoTime();
        Integer firstBatch = transactionTemplate.execute(status -> {
            int n = jdbc.sql(ClockRepository.DUE_CLOCKS_SQL).param("now", Timestamp.from(now))
                    .param("limit", batchSize).query((rs, i) -> 1).list().size();
            status.setRollbackOnly();
            return n;
        });
        long queryMs = (System.nanoTime() - q0) / 1_000_000;
        List<String> plan = explain(now, batchSize);

        System.out.printf("%n=== deadline scan benchmark ===%n");
        long tableMegabytes = jdbc.sql("select pg_total_relation_size('deadline_clock') / (1024 * 1024)")
                .query(Long.class).single();
        long sharedBuffersMegabytes = jdbc.sql("select setting::bigint * 8 / 1024 from pg_settings"
                + " where name = 'shared_buffers'").query(Long.class).single();
        System.out.printf("clocks in table: %d (filled in %d ms; %d MB with its indexes; PostgreSQL shared_buffers"
                + " %d MB), due: %d, batch size: %d%n", filled, fillMs, tableMegabytes, sharedBuffersMegabytes, due,
                batchSize);
        double[] drainRates = new double[WARM_UP_ROUNDS + ROUNDS];
        double[] scanRates = new double[WARM_UP_ROUNDS + ROUNDS];
        double[] pausedRates = new double[WARM_UP_ROUNDS + ROUNDS];
        double[] relayRates = new double[WARM_UP_ROUNDS + ROUNDS];
        double[] idleFirst = new double[WARM_UP_ROUNDS + ROUNDS];
        double[] idleMedian = new double[WARM_UP_ROUNDS + ROUNDS];
        List<ScanResult> results = new ArrayList<>();
        List<String> idlePlan = List.of();
        for (int round = 0; round < WARM_UP_ROUNDS + ROUNDS; round++) {
            // rotate the order, so no step always runs on the warmer (or the busier) machine
            for (int step = 0; step < 3; step++) {
                awaitOutboxPublished();
                switch ((round + step) % 3) {
                    case 0 -> {
                        long d0 = System.nanoTime();
                        int drained = drain(now, batchSize);
                        long drainMs = Math.max(1, (System.nanoTime() - d0) / 1_000_000);
                        drainRates[round] = drained * 1000.0 / drainMs;
                        System.out.printf("%s: raw SQL drain: %d rows claimed and marked in %d ms"
                                + " (%.0f rows/s)%n", label(round), drained, drainMs, drainRates[round]);
                        assertThat(drained).isEqualTo(due);
                    }
                    case 1 -> {
                        ScanResult result = timedScan(now, round, "full scan", scanRates);
                        results.add(result);
                        double[] idle = idleScans(now);
                        idleFirst[round] = idle[0];
                        idleMedian[round] = median(idle);
                        idlePlan = explain(now, batchSize);
                        System.out.printf("%s: scan with nothing due: first %.1f ms, median of %d %.1f ms,"
                                + " max %.1f ms%n", label(round), idle[0], IDLE_SCANS, idleMedian[round],
                                Arrays.stream(idle).max().orElseThrow());
                    }
                    default -> {
                        // the same scan while this instance's outbox relay waits: what the scan itself costs,
                        // without the relay (and the in-process broker) publishing its events on the same cores
                        relay.stop();
                        try {
                            results.add(timedScan(now, round, "full scan, relay paused", pausedRates));
                            assertThat(unpublished()).as("the relay waited").isEqualTo(due);
                        } finally {
                            relay.start();
                        }
                        // the relay alone, publishing the paused scan's events
                        long r0 = System.nanoTime();
                        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(10))
                                .until(() -> unpublished() == 0);
                        long relayMs = Math.max(1, (System.nanoTime() - r0) / 1_000_000);
                        relayRates[round] = due * 1000.0 / relayMs;
                        System.out.printf("%s: relay alone: %d events published in %d ms (%.0f events/s)%n",
                                label(round), due, relayMs, relayRates[round]);
                    }
                }
                restore();
            }
        }

        double drainRate = median(measured(drainRates));
        double scanRate = median(measured(scanRates));
        double pausedRate = median(measured(pausedRates));
        System.out.printf("median of %d rounds: scan %.0f clocks/s, raw drain %.0f rows/s, ratio %.2fx;"
                + " with the relay paused %.0f clocks/s, ratio %.2fx; scan with nothing due %.1f ms"
                + " (first after a scan: median %.1f ms); the relay alone %.0f events/s%n", ROUNDS, scanRate, drainRate,
                scanRate / drainRate, pausedRate, pausedRate / drainRate, median(measured(idleMedian)),
                median(measured(idleFirst)), median(measured(relayRates)));
        System.out.printf("claim query, first batch of %d due clocks: %d ms%n", firstBatch, queryMs);
        System.out.println("plan of the claim query, clocks due:");
        plan.forEach(line -> System.out.println("  " + line));
        System.out.println("plan of the claim query, nothing due:");
        idlePlan.forEach(line -> System.out.println("  " + line));
        System.out.printf(Locale.ROOT, "BENCH-RESULT rounds=%d%n", ROUNDS);
        System.out.printf(Locale.ROOT, "BENCH-RESULT clocks=%d%n", filled);
        System.out.printf(Locale.ROOT, "BENCH-RESULT table.megabytes=%d%n", tableMegabytes);
        System.out.printf(Locale.ROOT, "BENCH-RESULT sharedBuffers.megabytes=%d%n", sharedBuffersMegabytes);
        System.out.printf(Locale.ROOT, "BENCH-RESULT drain.rowsPerSecond=%.0f%n", drainRate);
        System.out.printf(Locale.ROOT, "BENCH-RESULT scan.claimed=%d%n", due);
        System.out.printf(Locale.ROOT, "BENCH-RESULT scan.clocksPerSecond=%.0f%n", scanRate);
        System.out.printf(Locale.ROOT, "BENCH-RESULT scan.relayPaused.clocksPerSecond=%.0f%n", pausedRate);
        System.out.printf(Locale.ROOT, "BENCH-RESULT relay.eventsPerSecond=%.0f%n", median(measured(relayRates)));
        System.out.printf(Locale.ROOT, "BENCH-RESULT idle.millis=%.1f%n", median(measured(idleMedian)));
        System.out.println("===============================");
        for (ScanResult result : results) {
            assertThat(result.claimed()).isEqualTo(due);
            assertThat(result.warnings()).isEqualTo(due);
        }
        assertThat(jdbc.sql("select count(*) from outbox_event where event_type = 'hall.deadline.warning.v1'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(2L * (WARM_UP_ROUNDS + ROUNDS) * due);
        jdbc.sql("drop table bench_due_before").update();
    }

    private ScanResult timedScan(Instant now, int round, String what, double[] rates) {
        long s0 = System.nanoTime();
        ScanResult result = scanner.scan(now);
        long scanMs = Math.max(1, (System.nanoTime() - s0) / 1_000_000);
        rates[round] = result.claimed() * 1000.0 / scanMs;
        System.out.printf("%s: %s: %d clocks claimed, %d warnings, %d breaches in %d ms (%.0f clocks/s)%n",
                label(round), what, result.claimed(), result.warnings(), result.breaches(), scanMs, rates[round]);
        return result;
    }

    /** Each timed step starts with the previous step's events published, so no relay backlog runs beside it. */
    private void awaitOutboxPublished() {
        await().atMost(Duration.ofMinutes(5)).until(() -> unpublished() == 0);
    }

    private long unpublished() {
        return jdbc.sql("select count(*) from outbox_event where published_at is null").query(Long.class).single();
    }

    /** The peer: claims a batch of due clocks with SKIP LOCKED and marks it yellow in one statement, no events. */
    private int drain(Instant now, int batchSize) {
        int drained = 0;
        int batch;
        do {
            batch = transactionTemplate.execute(status -> jdbc.sql("""
                    with claimed as (
                        select id from deadline_clock
                        where state = 'RUNNING' and next_check_at is not null and next_check_at <= :now
                        order by next_check_at limit :limit for update skip locked)
                    update deadline_clock d set level = 1, next_check_at = d.due_at from claimed where d.id = claimed.id
                    """).param("now", Timestamp.from(now)).param("limit", batchSize).update());
            drained += batch;
        } while (batch == batchSize);
        return drained;
    }

    /** Scans with nothing due, several times in a row; the first right after the scan that left nothing due. */
    private double[] idleScans(Instant now) {
        double[] millis = new double[IDLE_SCANS];
        for (int i = 0; i < IDLE_SCANS; i++) {
            long e0 = System.nanoTime();
            ScanResult empty = scanner.scan(now);
            millis[i] = (System.nanoTime() - e0) / 1e6;
            assertThat(empty.claimed()).isZero();
        }
        return millis;
    }

    /** Puts the due clocks back as they were filled and vacuums, so the next drain or scan finds the same table. */
    private void restore() {
        jdbc.sql("update deadline_clock d set level = 0, next_check_at = b.next_check_at from bench_due_before b"
                + " where d.id = b.id").update();
        jdbc.sql("vacuum analyze deadline_clock").update();
    }

    private List<String> explain(Instant now, int batchSize) {
        return jdbc.sql("explain (analyze, buffers) " + ClockRepository.DUE_CLOCKS_SQL)
                .param("now", Timestamp.from(now)).param("limit", batchSize).query(String.class).list();
    }

    private static String label(int round) {
        return round < WARM_UP_ROUNDS ? "warm-up" : "round " + (round - WARM_UP_ROUNDS + 1);
    }

    /** The figures of the counted rounds, without the warm-up. */
    private static double[] measured(double[] values) {
        return Arrays.copyOfRange(values, WARM_UP_ROUNDS, values.length);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
