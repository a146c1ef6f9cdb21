package hall.deadlines.it;

import static org.assertj.core.api.Assertions.assertThat;

import hall.cases.events.CaseAccepted;
import hall.cases.events.CaseCompleted;
import hall.cases.events.HandlingCategory;
import hall.cases.events.JointPartLimit;
import hall.deadlines.accountability.persistence.AccountabilityRepository;
import hall.deadlines.clocks.application.ClockCommands;
import hall.testsupport.TestTokens;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Object-level scope of every read (gateway/README.md, role matrix): a clerk reads its own window's clocks,
 * records and figures, a department officer its own department's, the supervision office everything; another's
 * object answers 403 and lists are narrowed.
 */
class ReadScopeApiTest extends IntegrationTestBase {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Autowired
    ClockCommands clockService;
    @Autowired
    AccountabilityRepository accountability;

    private String ownWindowCase;
    private String otherWindowCase;
    private String jointCase;

    private static String officer(String department) {
        return TestTokens.bearer("officer-" + department, List.of("DEPARTMENT_OFFICER"), Map.of("department", department));
    }

    private String accept(String window, String department, List<JointPartLimit> parts) {
        String caseId = "scope-" + UUID.randomUUID();
        Instant at = LocalDateTime.parse("2026-11-02T10:00").atZone(SHANGHAI).toInstant();
        clockService.accepted(new CaseAccepted(caseId, "M01", "m", HandlingCategory.PROMISED, window, department, at,
                5, 20, 30, parts, "handler-" + window, "c", true, false));
        return caseId;
    }

    @BeforeEach
    void clocks() {
        ownWindowCase = accept("WS-A", "DS-A", List.of());
        otherWindowCase = accept("WS-B", "DS-B", List.of());
        jointCase = accept("WS-B", "DS-B", List.of(new JointPartLimit("DS-A", false, 3)));
        clockService.completed(new CaseCompleted(ownWindowCase, "M01", HandlingCategory.PROMISED, "WS-A", "DS-A",
                "ok", LocalDateTime.parse("2026-11-04T10:00").atZone(SHANGHAI).toInstant(), "h", "c", true));
        clockService.completed(new CaseCompleted(otherWindowCase, "M01", HandlingCategory.PROMISED, "WS-B", "DS-B",
                "ok", LocalDateTime.parse("2026-11-04T10:00").atZone(SHANGHAI).toInstant(), "h", "c", true));
        for (String caseId : List.of(ownWindowCase, otherWindowCase)) {
            JsonNode clock = get("/api/deadlines/" + caseId, SUPERVISOR).json().get("clocks").get(0);
            accountability.openAll(List.of(new AccountabilityRepository.Opening(java.util.UUID.randomUUID().toString(),
                    clock.get("clockId").asString(), caseId, "APPLICANT", clock.get("windowCode").asString(),
                    clock.get("departmentCode").asString(), "h", Instant.parse("2026-11-10T15:59:59Z"), Instant.now())));
        }
    }

    @Test
    void clerkReadsOwnWindowsCaseAndIsRefusedAnotherWindowsCase() {
        assertThat(get("/api/deadlines/" + ownWindowCase, clerk("WS-A")).status()).isEqualTo(200);
        Answer other = get("/api/deadlines/" + otherWindowCase, clerk("WS-A"));
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.json().get("type").asString()).isEqualTo("https://hall.example/problems/forbidden");
        assertThat(get("/api/deadlines/" + otherWindowCase, clerk("WS-B")).status()).isEqualTo(200);
        assertThat(get("/api/deadlines/" + otherWindowCase, SUPERVISOR).status()).isEqualTo(200);
    }

    @Test
    void clerkListsOnlyOwnWindowAndIsRefusedAnotherWindowsFilter() {
        Answer unfiltered = get("/api/deadlines?size=200", clerk("WS-A"));
        assertThat(unfiltered.status()).isEqualTo(200);
        assertThat(windows(unfiltered.json().get("items"))).containsOnly("WS-A");
        assertThat(unfiltered.json().get("total").asLong()).isEqualTo(unfiltered.json().get("items").size());
        assertThat(get("/api/deadlines?window=WS-A", clerk("WS-A")).status()).isEqualTo(200);
        assertThat(get("/api/deadlines?window=WS-B", clerk("WS-A")).status()).isEqualTo(403);
        assertThat(windows(get("/api/deadlines?size=200", SUPERVISOR).json().get("items"))).contains("WS-A", "WS-B");
    }

    @Test
    void officerReadsOnlyOwnDepartmentsClocks() {
        JsonNode joint = get("/api/deadlines/" + jointCase, officer("DS-A")).json();
        assertThat(joint.get("clocks")).hasSize(1);
        assertThat(joint.get("clocks").get(0).get("departmentCode").asString()).isEqualTo("DS-A");
        assertThat(joint.get("clocks").get(0).get("kind").asString()).isEqualTo("DEPARTMENT");
        assertThat(get("/api/deadlines/" + jointCase, SUPERVISOR).json().get("clocks")).hasSize(2);
        assertThat(get("/api/deadlines/" + otherWindowCase, officer("DS-A")).status()).isEqualTo(403);
        assertThat(get("/api/deadlines/" + ownWindowCase, officer("DS-A")).status()).isEqualTo(200);

        JsonNode listed = get("/api/deadlines?size=200", officer("DS-A")).json().get("items");
        assertThat(listed).isNotEmpty();
        assertThat(departments(listed)).containsOnly("DS-A");
    }

    @Test
    void accountabilityIsNarrowedToOwnWindowOrDepartment() {
        JsonNode clerkRecords = get("/api/accountability?size=200", clerk("WS-A")).json();
        assertThat(windows(clerkRecords)).containsOnly("WS-A");
        assertThat(caseIds(clerkRecords)).contains(ownWindowCase).doesNotContain(otherWindowCase);
        assertThat(get("/api/accountability?window=WS-B", clerk("WS-A")).status()).isEqualTo(403);

        JsonNode officerRecords = get("/api/accountability?size=200", officer("DS-B")).json();
        assertThat(departments(officerRecords)).containsOnly("DS-B");
        assertThat(caseIds(officerRecords)).contains(otherWindowCase).doesNotContain(ownWindowCase);

        assertThat(caseIds(get("/api/accountability?size=200", SUPERVISOR).json()))
                .contains(ownWindowCase, otherWindowCase);
    }

    @Test
    void statisticsAreNarrowedToOwnWindowOrDepartment() {
        String period = "/api/deadline-statistics/windows?from=2026-11-01&to=2026-11-30";
        assertThat(windows(get(period, clerk("WS-A")).json().get("windows"))).containsExactly("WS-A");
        assertThat(windows(get(period, officer("DS-B")).json().get("windows"))).containsExactly("WS-B");
        assertThat(windows(get(period, SUPERVISOR).json().get("windows"))).contains("WS-A", "WS-B");
    }

    @Test
    void aScopedRoleWithoutItsScopeClaimReadsNothing() {
        String clerkWithoutWindow = TestTokens.bearer("clerk-x", List.of("CLERK"), Map.of());
        assertThat(get("/api/deadlines", clerkWithoutWindow).status()).isEqualTo(403);
        assertThat(get("/api/accountability", clerkWithoutWindow).status()).isEqualTo(403);
    }

    private static List<String> windows(JsonNode items) {
        return values(items, "windowCode");
    }

    private static List<String> departments(JsonNode items) {
        return values(items, "departmentCode");
    }

    private static List<String> caseIds(JsonNode items) {
        return values(items, "caseId");
    }

    private static List<String> values(JsonNode items, String field) {
        List<String> values = new ArrayList<>();
        items.forEach(item -> values.add(item.get(field).asString()));
        return values;
    }
}
