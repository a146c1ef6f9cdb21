package hall.deadlines.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import hall.cases.events.CaseAccepted;
import hall.cases.events.HandlingCategory;
import hall.deadlines.DeadlineServiceApplication;
import hall.deadlines.clocks.application.ClockCommands;
import hall.deadlines.events.DeadlineBreached;
import hall.testsupport.TestPostgres;
import hall.testsupport.TestTokens;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two instances of deadline-service (two application contexts, as ./platform up --instances 2 runs them) on one
 * database of their own, each running the scheduled scan every 200 ms: every overdue clock is breached, with its
 * accountability record, exactly once across both, and stays so while both keep scanning.
 */
class TwoInstanceScanTest extends IntegrationTestBase {

    @Value("${spring.embedded.kafka.brokers}")
    String brokers;

    @Test
    void twoInstancesScanningOnTheirScheduleBreachEachOverdueClockOnce() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("spring.datasource.url", TestPostgres.jdbcUrl("deadline_pair"));
        settings.put("spring.datasource.username", TestPostgres.user());
        settings.put("spring.datasource.password", TestPostgres.password());
        settings.put("spring.kafka.bootstrap-servers", brokers);
        // a consumer group of their own, so that the shared test context keeps every partition of its group
        settings.put("spring.application.name", "deadline-service-pair");
        settings.put("server.port", "0");
        settings.put("platform.deadlines.scan.enabled", "true");
        settings.put("platform.deadlines.scan.initial-delay", "PT0.2S");
        settings.put("platform.deadlines.scan.interval", "PT0.2S");
        settings.put("platform.events.outbox.poll-interval", "PT0.1S");
        TestTokens.register((name, value) -> settings.put(name, value.get()));

        try (ConfigurableApplicationContext first = instance(settings);
                ConfigurableApplicationContext second = instance(settings)) {
            ClockCommands clocks = first.getBean(ClockCommands.class);
            JdbcClient database = JdbcClient.create(second.getBean(DataSource.class));
            Instant longAgo = Instant.now().minus(60, ChronoUnit.DAYS);
            List<String> overdue = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String caseId = "pair-" + UUID.randomUUID();
                clocks.accepted(new CaseAccepted(caseId, "M01", "m", HandlingCategory.PROMISED, "WPAIR", "D01",
                        longAgo, 5, 20, 30, List.of(), "handler-WPAIR", "c", true, false));
                overdue.add(caseId);
            }

            await("every clock breached").atMost(Duration.ofSeconds(90))
                    .until(() -> overdue.stream().allMatch(c -> breaches(database, c) >= 1));
            await("still once while both scan").during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                    .until(() -> overdue.stream().allMatch(c -> breaches(database, c) == 1 && accountability(database, c) == 1));
        }
    }

    private static ConfigurableApplicationContext instance(Map<String, Object> settings) {
        String[] arguments = settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new SpringApplicationBuilder(DeadlineServiceApplication.class).run(arguments);
    }

    private static int breaches(JdbcClient database, String caseId) {
        return database.sql("select count(*) from outbox_event where message_key = :key and event_type = :type")
                .param("key", caseId).param("type", DeadlineBreached.TYPE).query(Integer.class).single();
    }

    private static int accountability(JdbcClient database, String caseId) {
        return database.sql("select count(*) from accountability where case_id = :c").param("c", caseId)
                .query(Integer.class).single();
    }
}
