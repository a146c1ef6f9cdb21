package hall.deadlines.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import hall.cases.events.CaseAccepted;
import hall.cases.events.HandlingCategory;
import hall.deadlines.events.DeadlineStarted;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A consumed case event is applied under the request id it carries, and that id is in the log line it causes. */
@ExtendWith(OutputCaptureExtension.class)
class RequestIdLogTest extends IntegrationTestBase {

    @Test
    void appliedCaseEventIsLoggedWithTheRequestIdItCarries(CapturedOutput output) {
        String caseId = "log-" + UUID.randomUUID();
        String requestId = "req-" + UUID.randomUUID();
        CaseAccepted accepted = new CaseAccepted(caseId, "M01", "不动产登记", HandlingCategory.PROMISED, "W01", "D01",
                Instant.parse("2025-09-22T01:00:00Z"), 10, 20, 30, List.of(), "clerk-W01", "contact-" + caseId, true,
                false);
        publishCaseEvent(UUID.randomUUID().toString(), caseId, CaseAccepted.TYPE, accepted,
                Map.of("X-Request-Id", requestId));

        await().atMost(Duration.ofSeconds(20)).until(() -> published(caseId, DeadlineStarted.TYPE).size() == 1);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(output.getOut().lines()
                .filter(l -> l.contains(requestId)).toList())
                .anySatisfy(l -> assertThat(l).contains(caseId).contains(CaseAccepted.TYPE)));
    }
}
