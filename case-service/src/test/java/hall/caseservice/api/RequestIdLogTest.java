package hall.caseservice.api;

import hall.cases.events.CaseAccepted;
import hall.cases.events.CaseSubmitted;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The caller's X-Request-Id comes back and is written in the service's log line of the state change it caused. */
@ExtendWith(OutputCaptureExtension.class)
class RequestIdLogTest extends ApiTestBase {

    @Test
    void everyStateChangeIsLoggedWithTheRequestIdOfTheRequestThatCausedIt(CapturedOutput output) throws Exception {
        String submitId = "log-submit-" + UUID.randomUUID();
        Answer created = post("/api/cases", CLERK_W1, caseBody("MKT-PRO-001", "W-MKT-01",
                List.of("FORM", "LICENSE", "ID", "PLAN", "RULES"), "王小明", "13812345678"),
                Map.of("X-Request-Id", submitId));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("X-Request-Id")).isEqualTo(submitId);
        String id = created.json().get("id").asString();

        String acceptId = "log-accept-" + UUID.randomUUID();
        Answer accepted = post("/api/cases/" + id + "/acceptance", CLERK_W1, "", Map.of("X-Request-Id", acceptId));
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.header("X-Request-Id")).isEqualTo(acceptId);

        List<String> lines = output.getOut().lines().toList();
        assertThat(lines).filteredOn(l -> l.contains(submitId))
                .anySatisfy(l -> assertThat(l).contains(id).contains(CaseSubmitted.TYPE));
        assertThat(lines).filteredOn(l -> l.contains(acceptId))
                .anySatisfy(l -> assertThat(l).contains(id).contains(CaseAccepted.TYPE));
    }
}
