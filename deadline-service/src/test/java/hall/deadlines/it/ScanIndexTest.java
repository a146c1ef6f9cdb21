package hall.deadlines.it;

import static org.assertj.core.api.Assertions.assertThat;

import hall.deadlines.clocks.persistence.ClockRepository;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The scan reads the partial index on the due time of running clocks, never the whole table. */
class ScanIndexTest extends IntegrationTestBase {

    @Autowired
    TransactionTemplate transactionTemplate;

    @Test
    void scanQueryUsesTheDueTimeIndexOnAMillionClocks() {
        List<String> plan = transactionTemplate.execute(status -> {
            ClockFill.fill(jdbc, 1_000_000);
            jdbc.sql("analyze deadline_clock").update();
            List<String> lines = jdbc.sql("explain " + ClockRepository.DUE_CLOCKS_SQL)
                    .param("now", Timestamp.from(Instant.now())).param("limit", 500)
                    .query(String.class).list();
            status.setRollbackOnly(); // the million rows vanish again
            return lines;
        });
        String text = String.join("\n", plan);
        assertThat(text).contains("Index Scan using deadline_clock_due_idx on deadline_clock");
        assertThat(text).doesNotContain("Seq Scan");
        assertThat(jdbc.sql("select count(*) from deadline_clock where case_id like 'bulk-%'").query(Integer.class)
                .single()).isZero();
    }
}
