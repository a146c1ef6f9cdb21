package hall.caseservice.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * An acceptance needs one database connection at a time: the notice period is settled in a transaction of its own
 * before the acceptance's transaction takes its connection. With the pool at two (one of them the outbox relay's
 * listening connection), an acceptance that held one connection while waiting for a second would wait out the pool's
 * timeout and be answered 503.
 */
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
    }
}
