package hall.caseservice.api;

import static org.assertj.core.api.Assertions.assertThat;

import hall.cases.events.CaseAccepted;
import hall.cases.events.CaseTopics;
import hall.testsupport.TestTokens;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Each window sets the promised limit of its matters (seed: 承诺时限 <= 法定时限), with the history of changes. */
class PromisedLimitApiTest extends ApiTestBase {

    static final List<String> ALL_PRO = List.of("FORM", "LICENSE", "ID", "PLAN", "RULES");
    static final String W1_LIMIT = "/api/windows/W-MKT-01/matters/MKT-PRO-001/promised-limit";
    static final String W2_LIMIT = "/api/windows/W-MKT-02/matters/MKT-PRO-001/promised-limit";

    static final String CLERK_MKT2 = TestTokens.bearer("clerk-mkt2", List.of("CLERK"), Map.of("window", "W-MKT-02"));

    private int acceptedLimit(String window, String clerk) throws Exception {
        String id = submit("MKT-PRO-001", window, ALL_PRO, clerk);
        assertThat(post("/api/cases/" + id + "/acceptance", clerk, "").status()).isEqualTo(200);
        return events().await(CaseTopics.CASE_EVENTS, id, CaseAccepted.TYPE).data().get("promisedLimitDays").asInt();
    }

    @Test
    void theWindowsClerkSetsTheLimitForCasesFromThenOnWithItsHistory() throws Exception {
        String clerkW1b = TestTokens.bearer("clerk-w1b", List.of("CLERK"), Map.of("window", "W-MKT-01"));
        JsonNode before = get(W1_LIMIT, CLERK_W1).json();
        assertThat(before.get("promisedLimitDays").asInt()).isEqualTo(10);
        assertThat(before.get("windowsOwn").asBoolean()).isFalse();
        int earlier = acceptedLimit("W-MKT-01", CLERK_W1);

        Answer set = put(W1_LIMIT, CLERK_W1, "{\"promisedLimitDays\":8,\"reason\":\"窗口优化流程，承诺提速\"}");
        assertThat(set.status()).isEqualTo(200);
        assertThat(set.json().get("promisedLimitDays").asInt()).isEqualTo(8);
        assertThat(set.json().get("statutoryLimitDays").asInt()).isEqualTo(20);
        assertThat(put(W1_LIMIT, clerkW1b, "{\"promisedLimitDays\":7}").status()).isEqualTo(200);

        JsonNode changes = get(W1_LIMIT, SUPERVISOR).json().get("changes");
        assertThat(changes).hasSize(2);
        assertThat(changes.get(0).get("previousDays").asInt()).isEqualTo(10);
        assertThat(changes.get(0).get("promisedLimitDays").asInt()).isEqualTo(8);
        assertThat(changes.get(0).get("changedBy").asString()).isEqualTo("clerk-w1");
        assertThat(changes.get(0).get("reason").asString()).isEqualTo("窗口优化流程，承诺提速");
        assertThat(changes.get(1).get("previousDays").asInt()).isEqualTo(8);
        assertThat(changes.get(1).get("changedBy").asString()).isEqualTo("clerk-w1b");

        assertThat(earlier).as("a case accepted before keeps its limit").isEqualTo(10);
        assertThat(acceptedLimit("W-MKT-01", CLERK_W1)).isEqualTo(7);
    }

    @Test
    void onlyTheOwnWindowsClerkOrTheSupervisionOfficeAndNeverAboveTheStatutoryLimit() throws Exception {
        assertThat(put(W2_LIMIT, CLERK_W1, "{\"promisedLimitDays\":9}").status()).isEqualTo(403);
        assertThat(put(W2_LIMIT, APPLICANT_A, "{\"promisedLimitDays\":9}").status()).isEqualTo(403);
        assertThat(put(W2_LIMIT, ADMIN, "{\"promisedLimitDays\":9}").status()).isEqualTo(403);

        Answer above = put(W2_LIMIT, SUPERVISOR, "{\"promisedLimitDays\":21}");
        assertThat(above.status()).isEqualTo(422);
        assertThat(above.json().get("errors").get(0).get("field").asString()).isEqualTo("promisedLimitDays");
        Answer missing = put(W2_LIMIT, SUPERVISOR, "{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("promisedLimitDays");
        Answer otherDepartment = put("/api/windows/W-MKT-02/matters/FIRE-PRO-001/promised-limit", SUPERVISOR,
                "{\"promisedLimitDays\":5}");
        assertThat(otherDepartment.status()).isEqualTo(422);
        assertThat(otherDepartment.json().get("errors").get(0).get("field").asString()).isEqualTo("matterCode");
        assertThat(put("/api/windows/W-MKT-02/matters/MKT-IMM-001/promised-limit", SUPERVISOR,
                "{\"promisedLimitDays\":1}").status()).isEqualTo(422);
        assertThat(get(W2_LIMIT, SUPERVISOR).json().get("changes")).isEmpty();

        Answer set = put(W2_LIMIT, SUPERVISOR, "{\"promisedLimitDays\":20}");
        assertThat(set.status()).isEqualTo(200);
        assertThat(acceptedLimit("W-MKT-02", CLERK_MKT2)).isEqualTo(20);
    }
}
