package hall.deadlines.it;

import static org.assertj.core.api.Assertions.assertThat;

import hall.cases.events.CaseAccepted;
import hall.cases.events.CaseCompleted;
import hall.cases.events.HandlingCategory;
import hall.deadlines.clocks.application.ClockCommands;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class StatisticsTest extends IntegrationTestBase {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    ClockCommands clockService;
    @Autowired
    HallTestClock clock;

    private static Instant hall(String local) {
        return LocalDateTime.parse(local).atZone(SHANGHAI).toInstant();
    }

    private String accept() {
        String caseId = "stat-" + UUID.randomUUID();
        clockService.accepted(new CaseAccepted(caseId, "M01", "m", HandlingCategory.PROMISED, "WSTAT", "D01",
                hall("2025-09-26T10:00"), 5, 20, 30, List.of(), "h", "c", true, false));
        return caseId;
    }

    private void complete(String caseId, String at) {
        clockService.completed(new CaseCompleted(caseId, "M01", HandlingCategory.PROMISED, "WSTAT", "D01", "ok",
                hall(at), "h", "c", true));
    }

    @Test
    void perWindowOnTimeRateMeanUsedExtensionsAndOverdue() {
        complete(accept(), "2025-10-10T15:00");  // on time, 5 working days used
        complete(accept(), "2025-10-13T10:00");  // late, 7 used
        String extended = accept();              // still open after an approved extension, overdue by now
        clock.set(hall("2025-09-29T10:00"));     // asked for and approved before the due day
        String id = post("/api/deadlines/" + extended + "/extensions", clerk("WSTAT"),
                Map.of("workingDays", 3, "reason", "现场勘验")).json().get("extensionId").asString();
        post("/api/extensions/" + id + "/decision", SUPERVISOR, Map.of("approve", true));
        clock.reset();

        Answer answer = get("/api/deadline-statistics/windows?from=2025-09-01&to=2099-12-31", SUPERVISOR);
        assertThat(answer.status()).isEqualTo(200);
        JsonNode window = null;
        for (JsonNode w : answer.json().get("windows")) {
            if (w.get("windowCode").asString().equals("WSTAT")) {
                window = w;
            }
        }
        assertThat(window).isNotNull();
        assertThat(window.get("completed").asLong()).isEqualTo(2);
        assertThat(window.get("onTimeRate").asDouble()).isEqualTo(0.5);
        assertThat(window.get("meanUsedWorkingDays").asDouble()).isEqualTo(6.0);
        assertThat(window.get("meanPromisedWorkingDays").asDouble()).isEqualTo(5.0);
        assertThat(window.get("extensions").asLong()).isEqualTo(1);
        assertThat(window.get("extensionWorkingDays").asLong()).isEqualTo(3);
        assertThat(window.get("overdue").asLong()).isEqualTo(2);

        assertThat(get("/api/deadline-statistics/windows?from=2025-10-10&to=2025-10-01", SUPERVISOR).status())
                .isEqualTo(400);
    }
}
