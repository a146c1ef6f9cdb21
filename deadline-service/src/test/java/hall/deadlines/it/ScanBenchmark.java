package hall.deadlines.it;

import static org.assertj.core.api.Assertions.assertThat;

import hall.deadlines.clocks.application.DeadlineScanner;
import hall.deadlines.clocks.application.DeadlineScanner.ScanResult;
import hall.deadlines.clocks.persistence.ClockRepository;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Benchmark, not part of the normal test run (the name matches no surefire include). Fills 1,000,000 clocks of
 * which 1 % are due and prints how long the scan takes, beside a raw SQL drain of the same due clocks (claim with
 * SKIP LOCKED and mark in one statement per batch, no events) as its peer. The {@code BENCH-RESULT} lines are read
 * by {@code ./platform bench}. Run alone with:
 * {@code ./mvnw -q -B -o -pl deadline-service test -Dtest=ScanBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
class ScanBenchmark extends IntegrationTestBase {

    private static final int BATCH = 500;

    @Autowired
    DeadlineScanner scanner;
    @Autowired
    TransactionTemplate transactionTemplate;

    @Test
    void scanOverAMillionClocksWithOnePercentDue() {
        long t0 = System.nanoTime();
        Integer filled = transactionTemplate.execute(status -> ClockFill.fill(jdbc, 1_000_000));
        jdbc.sql("vacuum analyze deadline_clock").update();
        long fillMs = (System.nanoTime() - t0) / 1_000_000;
        Instant now = Instant.now();

        // the peer: a raw claim-and-mark drain of the same due clocks, then their due times are put back
        int due = jdbc.sql("create table bench_due_before as select id, next_check_at from deadline_clock"
                + " where state = 'RUNNING' and next_check_at <= :now").param("now", Timestamp.from(now)).update();
        long d0 = System.nanoTime();
        int drained = 0;
        int batch;
        do {
            batch = transactionTemplate.execute(status -> jdbc.sql("""
                    with claimed as (
                        select id from deadline_clock
                        where state = 'RUNNING' and next_check_at is not null and next_check_at <= :now
                        order by next_check_at limit :limit for update skip locked)
                    update deadline_clock d set level = 1, next_check_at = d.due_at from claimed where d.id = claimed.id
                    """).param("now", Timestamp.from(now)).param("limit", BATCH).update());
            drained += batch;
        } while (batch == BATCH);
        long drainMs = Math.max(1, (System.nanoTime() - d0) / 1_000_000);
        jdbc.sql("update deadline_clock d set level = 0, next_check_at = b.next_check_at from bench_due_before b"
                + " where d.id = b.id").update();
        jdbc.sql("drop table bench_due_before").update();
        jdbc.sql("vacuum analyze deadline_clock").update();

        // the claim query alone: first batch of due clocks through the partial index (rolled back)
        long q0 = System.nanoTime();
        Integer firstBatch = transactionTemplate.execute(status -> {
            int n = jdbc.sql(ClockRepository.DUE_CLOCKS_SQL).param("now", Timestamp.from(now)).param("limit", BATCH)
                    .query((rs, i) -> 1).list().size();
            status.setRollbackOnly();
            return n;
        });
        long queryMs = (System.nanoTime() - q0) / 1_000_000;
        List<String> plan = jdbc.sql("explain (analyze, buffers) " + ClockRepository.DUE_CLOCKS_SQL)
                .param("now", Timestamp.from(now)).param("limit", BATCH).query(String.class).list();

        // the whole scan: claim, raise the level and append a DeadlineWarning for each due clock
        long s0 = System.nanoTime();
        ScanResult result = scanner.scan(now);
        long scanMs = Math.max(1, (System.nanoTime() - s0) / 1_000_000);

        // a second scan right after finds nothing due
        long e0 = System.nanoTime();
        ScanResult empty = scanner.scan(now);
        double emptyMs = (System.nanoTime() - e0) / 1e6;

        System.out.printf("%n=== deadline scan benchmark ===%n");
        System.out.printf("clocks in table: %d (filled in %d ms)%n", filled, fillMs);
        System.out.printf("raw SQL drain: %d rows claimed and marked in %d ms (%.0f rows/s)%n", drained, drainMs,
                drained * 1000.0 / drainMs);
        System.out.printf("claim query, first batch of %d due clocks: %d ms%n", firstBatch, queryMs);
        System.out.printf("full scan: %d clocks claimed, %d warnings, %d breaches in %d ms (%.0f clocks/s)%n",
                result.claimed(), result.warnings(), result.breaches(), scanMs, result.claimed() * 1000.0 / scanMs);
        System.out.printf("scan with nothing due: %.1f ms%n", emptyMs);
        System.out.println("plan of the claim query:");
        plan.forEach(line -> System.out.println("  " + line));
        System.out.printf("BENCH-RESULT clocks=%d%n", filled);
        System.out.printf("BENCH-RESULT drain.rowsPerSecond=%.0f%n", drained * 1000.0 / drainMs);
        System.out.printf("BENCH-RESULT scan.claimed=%d%n", result.claimed());
        System.out.printf("BENCH-RESULT scan.clocksPerSecond=%.0f%n", result.claimed() * 1000.0 / scanMs);
        System.out.printf("BENCH-RESULT idle.millis=%.1f%n", emptyMs);
        System.out.println("===============================");
        // with other tests in the same database a few of their clocks may be due too
        assertThat(drained).isEqualTo(due).isGreaterThanOrEqualTo(10_000);
        assertThat(result.claimed()).isEqualTo(due);
        assertThat(result.warnings()).isGreaterThanOrEqualTo(10_000);
        assertThat(jdbc.sql("select count(*) from outbox_event where event_type = 'hall.deadline.warning.v1'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(10_000);
        assertThat(empty.claimed()).isZero();
    }
}
