package hall.caseservice.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * An acceptance needs one database connection at a time: the notice period is settled in a transaction of its own
 * before the acceptance's transaction takes its connection. With the pool at two (one of them the outbox relay's
 * listening connection), an acceptance that held one connection while waiting for a second would wait out the pool's
 * timeout and be answered 503.
 * <p>
 * This context has a broker of its own but shares the database with the other API tests: its outbox relay and
 * consumers would go on taking the other tests' outbox rows and events, so it is closed after the class, once its
 * own case's notice has arrived.
 */
@DirtiesContext
@TestPropertySource(properties = {"spring.datasource.hikari.maximum-pool-size=2",
        "spring.datasource.hikari.connection-timeout=3000"})
class AcceptanceConnectionsTest extends ApiTestBase {

    @Test
    void anAcceptanceIsAnsweredWithOneConnectionFreeInThePool() throws Exception {
        String id = post("/api/cases", CLERK_W1, caseBody("MKT-PRO-001", "W-MKT-01",
                List.of("FORM", "LICENSE", "ID", "PLAN", "RULES"), "钱七", "13912345678")).json().get("id").asString();

        Answer accepted = post("/api/cases/" + id + "/acceptance", CLERK_W1, "");

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().get("status").asString()).isEqualTo("ACCEPTED");
        // nothing of this case is left in flight when the context closes
        await().atMost(Duration.ofSeconds(30)).until(() ->
                get("/api/cases/" + id, CLERK_W1).json().get("notices").size() == 1);
    }
}
