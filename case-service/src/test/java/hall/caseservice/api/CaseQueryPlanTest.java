package hall.caseservice.api;

import hall.caseservice.cases.domain.CaseStatus;
import hall.caseservice.cases.persistence.CaseFilter;
import hall.caseservice.cases.persistence.CaseRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The list and ledger statements, as {@link CaseRepository} builds them for production, read indexes on a table
 * of 100,000 cases, never the whole table. The rows are
 * inserted and analysed inside one transaction that is rolled back, so other tests do not see them.
 */
class CaseQueryPlanTest extends ApiTestBase {

    @Autowired
    JdbcTemplate jdbcTemplate;
    @Autowired
    TransactionTemplate transactionTemplate;

    @Test
    void listAndLedgerQueriesUseIndexesOn100000Cases() {
        Map<String, String> plans = new LinkedHashMap<>();
        transactionTemplate.executeWithoutResult(tx -> {
            jdbcTemplate.execute("""
                    insert into department (code, name) values ('D-BULK', 'bulk') on conflict do nothing;
                    insert into service_window (code, name, department_code)
                        select 'WB-' || w, 'bulk window ' || w, 'D-BULK' from generate_series(0, 39) w
                        on conflict do nothing;
                    insert into matter (code, name, department_code, category, statutory_limit_days,
                        promised_limit_days, extension_cap_days, materials, joint_departments)
                        values ('BULK', 'bulk', 'D-BULK', 'PROMISED', 20, 10, 10, '[]', '[]') on conflict do nothing;
                    """);
            jdbcTemplate.execute("""
                    insert into hall_case (id, matter_code, matter_name, window_code, department_code, category,
                        status, received_at, applicant_name, applicant_phone, callback_consent, applicant_subject,
                        detail)
                    select 'bulk-' || i, 'BULK', 'bulk', 'WB-' || (i % 40), 'D-BULK-' || (i % 25),
                        (array['IMMEDIATE','PROMISED','JOINT','REPORTED','SUPPLEMENT','RETURNED'])[1 + i % 6],
                        (array['SUBMITTED','AWAITING_SUPPLEMENT','ACCEPTED','SUSPENDED','AWAITING_AUTHORITY',
                               'COMPLETED','RETURNED'])[1 + i % 7],
                        timestamptz '2025-01-01' + (i * interval '5 minutes'), 'name', '13800000000', true,
                        'subject-' || (i % 5000), '{}'
                    from generate_series(1, 100000) i""");
            jdbcTemplate.execute("analyze hall_case");
            assertThat(jdbcTemplate.queryForObject("select count(*) from hall_case", Long.class))
                    .isGreaterThanOrEqualTo(100_000L);
            Instant from = Instant.parse("2025-03-01T00:00:00Z");
            Instant to = Instant.parse("2025-04-01T00:00:00Z");
            CaseFilter byWindow = new CaseFilter("WB-7", null, null, null, null, null, null);
            plans.put("list by window", explain(CaseRepository.listStatement(byWindow, 0, 20)));
            plans.put("count by window", explain(CaseRepository.countStatement(byWindow)));
            plans.put("ledger", explain(CaseRepository.ledgerStatement("WB-7", from, to)));
            plans.put("list by status", explain(CaseRepository.listStatement(
                    new CaseFilter(null, null, null, CaseStatus.SUSPENDED, from, null, null), 0, 20)));
            plans.put("list by department", explain(CaseRepository.listStatement(
                    new CaseFilter(null, "D-BULK-3", null, null, null, null, null), 0, 20)));
            plans.put("list by applicant", explain(CaseRepository.listStatement(
                    new CaseFilter(null, null, null, null, null, null, "subject-42"), 0, 20)));
            tx.setRollbackOnly();
        });
        plans.forEach((query, plan) -> {
            System.out.println("PLAN " + query + ":\n" + plan);
            assertThat(plan).as(query + ":\n" + plan).containsAnyOf("Index Scan", "Index Only Scan",
                    "Bitmap Index Scan");
            assertThat(plan).as(query + ":\n" + plan).doesNotContain("Seq Scan on hall_case");
        });
        assertThat(plans.get("list by window")).contains("hall_case_window_received_idx");
        assertThat(plans.get("ledger")).contains("hall_case_window_received_idx");
    }

    /** The plan of a statement exactly as the repository builds it, with its parameters bound. */
    private String explain(CaseRepository.Statement statement) {
        List<String> lines = jdbc.sql("explain " + statement.sql()).params(statement.params()).query(String.class)
                .list();
        return String.join("\n", lines);
    }
}
