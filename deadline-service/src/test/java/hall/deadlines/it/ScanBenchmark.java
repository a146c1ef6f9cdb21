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
 * which 1 % are due and prints how long the scan takes. Run with:
 * {@code ./mvnw -q -B -o -pl deadline-service test -Dtest=ScanBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
class ScanBenchmark extends IntegrationTestBase {

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

        // the claim query alone: first batch of due clocks through the partial index (rolled back)
        long q0 = System.nanoTime();
        Integer firstBatch = transactionTemplate.execute(status -> {
            int n = jdbc.sql(ClockRepository.DUE_CLOCKS_SQL).param("now", Timestamp.from(now)).param("limit", 500)
                    .query((rs, i) -> 1).list().size();
            status.setRollbackOnly();
            return n;
        });
        long queryMs = (System.nanoTime() - q0) / 1_000_000;
        List<String> plan = jdbc.sql("explain (analyze, buffers) " + ClockRepository.DUE_CLOCKS_SQL)
                .param("now", Timestamp.from(now)).param("limit", 500).query(String.class).list();

        // the whole scan: claim, raise the level and append a DeadlineWarning for each due clock
        long s0 = System.nanoTime();
        ScanResult result = scanner.scan(now);
        long scanMs = (System.nanoTime() - s0) / 1_000_000;

        // a second scan right after finds nothing due
        long e0 = System.nanoTime();
        ScanResult empty = scanner.scan(now);
        long emptyMs = (System.nanoTime() - e0) / 1_000_000;

        System.out.printf("%n=== deadline scan benchmark ===%n");
        System.out.printf("clocks in table: %d (filled in %d ms)%n", filled, fillMs);
        System.out.printf("claim query, first batch of %d due clocks: %d ms%n", firstBatch, queryMs);
        System.out.printf("full scan: %d clocks claimed, %d warnings, %d breaches in %d ms (%.0f clocks/s)%n",
                result.claimed(), result.warnings(), result.breaches(), scanMs, result.claimed() * 1000.0 / Math.max(1, scanMs));
        System.out.printf("scan with nothing due: %d ms%n", emptyMs);
        System.out.println("plan of the claim query:");
        plan.forEach(line -> System.out.println("  " + line));
        System.out.println("===============================");
        assertThat(result.warnings()).isEqualTo(10_000);
        assertThat(empty.claimed()).isZero();
    }
}
