package hall.deadlines.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import hall.cases.events.CaseAccepted;
import hall.cases.events.CaseCompleted;
import hall.cases.events.CaseTopics;
import hall.cases.events.HandlingCategory;
import hall.cases.events.NotificationRequested;
import hall.deadlines.clocks.application.ClockCommands;
import hall.deadlines.events.DeadlineBreached;
import hall.deadlines.events.DeadlineChanged;
import hall.deadlines.events.ExtensionDecided;
import hall.deadlines.events.ExtensionRequested;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

class ExtensionApiTest extends IntegrationTestBase {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    ClockCommands clockService;
    @Autowired
    HallTestClock clock;

    @BeforeEach
    void beforeTheDeadline() {
        // the cases below are accepted on 2025-09-26 and due at the end of 2025-10-10
        clock.set(LocalDateTime.parse("2025-09-29T10:00").atZone(SHANGHAI).toInstant());
    }

    @AfterEach
    void systemTime() {
        clock.reset();
    }

    private String acceptedCase(int cap) {
        String caseId = "ext-" + UUID.randomUUID();
        clockService.accepted(new CaseAccepted(caseId, "M01", "建设工程规划许可", HandlingCategory.PROMISED, "W07", "D01",
                LocalDateTime.parse("2025-09-26T10:00").atZone(SHANGHAI).toInstant(), 5, 20, cap, List.of(),
                "clerk-W07", "contact-" + caseId, true, false));
        return caseId;
    }

    private int extensionRows(String caseId) {
        return jdbc.sql("select count(*) from extension where case_id = :c").param("c", caseId).query(Integer.class).single();
    }

    @Test
    void approvedExtensionMovesTheDeadlineAndTellsTheApplicant() {
        String caseId = acceptedCase(30);
        Answer requested = post("/api/deadlines/" + caseId + "/extensions", clerk("W07"),
                Map.of("workingDays", 5, "reason", "需组织专家论证"));
        assertThat(requested.status()).isEqualTo(201);
        assertThat(requested.json().get("state").asString()).isEqualTo("PENDING");
        String id = requested.json().get("extensionId").asString();
        assertThat(outboxCount(caseId, ExtensionRequested.TYPE)).isEqualTo(1);

        Answer byClerk = post("/api/extensions/" + id + "/decision", clerk("W07"), Map.of("approve", true));
        assertThat(byClerk.status()).isEqualTo(403);
        assertThat(byClerk.json().get("status").asInt()).isEqualTo(403);

        Answer decided = post("/api/extensions/" + id + "/decision", SUPERVISOR,
                Map.of("approve", true, "comment", "同意"));
        assertThat(decided.status()).isEqualTo(200);
        assertThat(decided.json().get("state").asString()).isEqualTo("APPROVED");

        await().atMost(Duration.ofSeconds(20)).until(() -> published(caseId, NotificationRequested.TYPE).size() == 1
                && published(caseId, ExtensionDecided.TYPE).size() == 1
                && published(caseId, DeadlineChanged.TYPE).size() == 1);
        JsonNode decidedEvent = published(caseId, ExtensionDecided.TYPE).get(0).data();
        assertThat(decidedEvent.get("approved").asBoolean()).isTrue();
        assertThat(decidedEvent.get("newDueAt").asString()).isEqualTo("2025-10-16T15:59:59Z");
        JsonNode changed = published(caseId, DeadlineChanged.TYPE).get(0).data();
        assertThat(changed.get("cause").asString()).isEqualTo("EXTENSION");
        assertThat(changed.get("previousDueAt").asString()).isEqualTo("2025-10-10T15:59:59Z");
        Published notification = published(caseId, NotificationRequested.TYPE).get(0);
        assertThat(notification.topic()).isEqualTo(CaseTopics.NOTIFICATION_REQUESTS);
        assertThat(notification.data().get("recipientRef").asString()).isEqualTo("contact-" + caseId);
        assertThat(notification.data().get("text").asString())
                .contains("需组织专家论证").contains("2025年10月16日").contains("5个工作日").contains("建设工程规划许可");

        JsonNode view = get("/api/deadlines/" + caseId, clerk("W07")).json();
        assertThat(view.get("clocks").get(0).get("extensionDays").asInt()).isEqualTo(5);
        assertThat(view.get("clocks").get(0).get("dueOn").asString()).isEqualTo("2025-10-16");
        assertThat(view.get("extensions")).hasSize(1);

        // decided already: refused, nothing changes
        Answer again = post("/api/extensions/" + id + "/decision", SUPERVISOR, Map.of("approve", false));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("type").asString()).isEqualTo("https://hall.example/problems/already-decided");
        assertThat(get("/api/deadlines/" + caseId, clerk("W07")).json().get("extensions").get(0).get("state")
                .asString()).isEqualTo("APPROVED");
        assertThat(outboxCount(caseId, ExtensionDecided.TYPE)).isEqualTo(1);
    }

    @Test
    void extensionsBeyondTheCapAreRefused() {
        String caseId = acceptedCase(10);
        assertThat(post("/api/deadlines/" + caseId + "/extensions", clerk("W07"),
                Map.of("workingDays", 6, "reason", "检验检测")).status()).isEqualTo(201);
        Answer beyond = post("/api/deadlines/" + caseId + "/extensions", clerk("W07"),
                Map.of("workingDays", 5, "reason", "检验检测"));
        assertThat(beyond.status()).isEqualTo(422);
        assertThat(beyond.json().get("type").asString()).isEqualTo("https://hall.example/problems/extension-cap-exceeded");
        assertThat(beyond.json().get("capDays").asInt()).isEqualTo(10);
        assertThat(extensionRows(caseId)).isEqualTo(1);
        assertThat(post("/api/deadlines/" + caseId + "/extensions", clerk("W07"),
                Map.of("workingDays", 4, "reason", "检验检测")).status()).isEqualTo(201);
    }

    @Test
    void badRequestsAreRefusedAndChangeNothing() {
        String caseId = acceptedCase(30);
        String path = "/api/deadlines/" + caseId + "/extensions";
        Answer zero = post(path, clerk("W07"), Map.of("workingDays", 0, "reason", "r"));
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.json().get("errors").get(0).get("field").asString()).isEqualTo("workingDays");
        assertThat(post(path, clerk("W07"), Map.of("workingDays", -2, "reason", "r")).status()).isEqualTo(400);
        assertThat(post(path, clerk("W07"), Map.of("workingDays", 2)).status()).isEqualTo(400);
        assertThat(post(path, clerk("W99"), Map.of("workingDays", 2, "reason", "r")).status()).isEqualTo(403);
        assertThat(post(path, SUPERVISOR, Map.of("workingDays", 2, "reason", "r")).status()).isEqualTo(403);
        assertThat(post("/api/deadlines/nothing/extensions", clerk("W07"), Map.of("workingDays", 2, "reason", "r"))
                .status()).isEqualTo(404);
        assertThat(extensionRows(caseId)).isZero();

        String id = post(path, clerk("W07"), Map.of("workingDays", 2, "reason", "r")).json().get("extensionId").asString();
        assertThat(post("/api/extensions/" + id + "/decision", ADMIN, Map.of("approve", true)).status()).isEqualTo(403);
        assertThat(post("/api/extensions/" + UUID.randomUUID() + "/decision", SUPERVISOR, Map.of("approve", true))
                .status()).isEqualTo(404);
        Answer refused = post("/api/extensions/" + id + "/decision", SUPERVISOR, Map.of("approve", false, "comment", "理由不足"));
        assertThat(refused.json().get("state").asString()).isEqualTo("REFUSED");
        assertThat(outboxCount(caseId, DeadlineChanged.TYPE)).isZero();
        assertThat(get("/api/deadlines/" + caseId, clerk("W07")).json().get("clocks").get(0).get("extensionDays").asInt())
                .isZero();
    }

    @Test
    void anExtensionIsAskedForBeforeTheDeadlineNotAfter() {
        String caseId = acceptedCase(30);
        clock.set(LocalDateTime.parse("2025-10-11T00:00").atZone(SHANGHAI).toInstant());
        Answer late = post("/api/deadlines/" + caseId + "/extensions", clerk("W07"),
                Map.of("workingDays", 5, "reason", "需组织专家论证"));
        assertThat(late.status()).isEqualTo(422);
        assertThat(late.json().get("type").asString()).isEqualTo("https://hall.example/problems/extension-after-due");
        assertThat(extensionRows(caseId)).isZero();

        clock.set(LocalDateTime.parse("2025-10-10T23:59:59").atZone(SHANGHAI).toInstant());
        assertThat(post("/api/deadlines/" + caseId + "/extensions", clerk("W07"),
                Map.of("workingDays", 5, "reason", "需组织专家论证")).status()).isEqualTo(201);
    }

    @Test
    void anApprovalAfterTheDeadlineMovesTheDateButTheBreachStandsAndTheCompletionIsLate() {
        String caseId = acceptedCase(30);
        String id = post("/api/deadlines/" + caseId + "/extensions", clerk("W07"),
                Map.of("workingDays", 5, "reason", "需组织专家论证")).json().get("extensionId").asString();
        // the supervision office decides on Monday 2025-10-13, after the due day 2025-10-10
        clock.set(LocalDateTime.parse("2025-10-13T09:00").atZone(SHANGHAI).toInstant());
        Answer decided = post("/api/extensions/" + id + "/decision", SUPERVISOR, Map.of("approve", true));
        assertThat(decided.status()).isEqualTo(200);
        assertThat(outboxCount(caseId, DeadlineBreached.TYPE)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from accountability where case_id = :c and closed_at is null")
                .param("c", caseId).query(Integer.class).single()).isEqualTo(1);
        JsonNode applicant = get("/api/deadlines/" + caseId, clerk("W07")).json().get("clocks").get(0);
        assertThat(applicant.get("dueOn").asString()).isEqualTo("2025-10-16");
        assertThat(applicant.get("warningLevel").asString()).isEqualTo("RED");

        // completed within the extended date: still late, the breach is not erased
        clockService.completed(new CaseCompleted(caseId, "M01", HandlingCategory.PROMISED, "W07", "D01", "准予许可",
                LocalDateTime.parse("2025-10-14T10:00").atZone(SHANGHAI).toInstant(), "clerk-W07",
                "contact-" + caseId, true));
        assertThat(get("/api/deadlines/" + caseId, clerk("W07")).json().get("clocks").get(0).get("outcome")
                .asString()).isEqualTo("LATE");
        assertThat(outboxCount(caseId, DeadlineBreached.TYPE)).isEqualTo(1);
    }
}
