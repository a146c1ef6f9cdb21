package hall.eventing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import com.zaxxer.hikari.HikariDataSource;
import hall.eventing.outbox.EventOutbox.Keyed;
import hall.eventing.outbox.JdbcEventOutbox;
import hall.eventing.outbox.OutboxWakeUp;
import hall.events.PlatformEvent;
import hall.testsupport.TestPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The relay is woken by the commit of appended events, not by a rolled-back one; a batch keeps its order. */
class OutboxWakeUpIT {

    record Pinged(String id) implements PlatformEvent {
        public static final String TYPE = "test.pinged.v1";

        @Override
        public String eventType() {
            return TYPE;
        }
    }

    private static HikariDataSource dataSource;
    private static JdbcEventOutbox outbox;
    private static TransactionTemplate transaction;

    @BeforeAll
    static void database() {
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(TestPostgres.jdbcUrl("outbox_wake_up"));
        dataSource.setUsername(TestPostgres.user());
        dataSource.setPassword(TestPostgres.password());
        dataSource.setMaximumPoolSize(3);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/eventing").load().migrate();
        outbox = new JdbcEventOutbox(JdbcClient.create(dataSource), JsonMapper.builder().build(), "/test");
        transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    @AfterAll
    static void close() {
        dataSource.close();
    }

    @Test
    void aCommittedAppendWakesTheRelayAndARolledBackOneDoesNot() throws Exception {
        try (OutboxWakeUp wakeUp = new OutboxWakeUp(dataSource)) {
            assertThat(wakeUp.await(Duration.ofMillis(1))).as("nothing committed yet").isFalse();

            transaction.executeWithoutResult(status -> {
                outbox.append("test.topic", "k1", new Pinged("rolled back"));
                status.setRollbackOnly();
            });
            assertThat(wakeUp.await(Duration.ofMillis(300))).as("a rolled-back append notifies nobody").isFalse();

            CompletableFuture<Boolean> woken = CompletableFuture.supplyAsync(() -> wakeUp.await(Duration.ofMinutes(2)));
            transaction.executeWithoutResult(status -> {
                outbox.append("test.topic", "k1", new Pinged("a"));
                outbox.append("test.topic", "k1", new Pinged("b"));
            });
            assertThat(woken.get()).as("woken by the commit, well before the two-minute poll").isTrue();
            assertThat(JdbcClient.create(dataSource).sql("select count(*) from outbox_event where topic = 'test.topic'").query(Long.class).single())
                    .isEqualTo(2);
        }
    }

    @Test
    void aBatchIsStoredInItsOrderAndItsCommitWakesTheRelay() throws Exception {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        try (OutboxWakeUp wakeUp = new OutboxWakeUp(dataSource)) {
            assertThat(wakeUp.await(Duration.ofMillis(1))).as("nothing committed yet").isFalse();
            CompletableFuture<Boolean> woken = CompletableFuture.supplyAsync(() -> wakeUp.await(Duration.ofMinutes(2)));
            transaction.executeWithoutResult(status -> outbox.appendAll("test.batch", List.of(
                    new Keyed("k2", new Pinged("first")), new Keyed("k1", new Pinged("second")),
                    new Keyed("k2", new Pinged("third")))));
            assertThat(woken.get()).as("woken by the commit of the batch").isTrue();
        }
        assertThat(jdbc.sql("select message_key || ' ' || payload from outbox_event where topic = 'test.batch'"
                        + " and event_type = 'test.pinged.v1' and source = '/test' order by sequence_no")
                .query(String.class).list())
                .containsExactly("k2 {\"id\":\"first\"}", "k1 {\"id\":\"second\"}", "k2 {\"id\":\"third\"}");
    }
}
