package hall.deadlines.it;

import static org.assertj.core.api.Assertions.assertThat;

import hall.cases.events.CaseAccepted;
import hall.cases.events.HandlingCategory;
import hall.deadlines.clocks.application.ClockCommands;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Bad input answers 4xx problem details naming the field, never 500, and changes nothing. */
class BadInputApiTest extends IntegrationTestBase {

    private static final String PROBLEMS = "https://hall.example/problems/";

    @Autowired
    ClockCommands clockService;

    private String acceptedCase(String window) {
        String caseId = "bad-" + UUID.randomUUID();
        clockService.accepted(new CaseAccepted(caseId, "M01", "m", HandlingCategory.PROMISED, window, "D01",
                Instant.parse("2026-11-02T02:00:00Z"), 5, 20, 30, List.of(), "h", "c", true, false));
        return caseId;
    }

    private static void assertProblem(Answer answer, int status, String type, String field) {
        assertThat(answer.status()).as(String.valueOf(answer.json())).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.json().get("type").asString()).isEqualTo(PROBLEMS + type);
        assertThat(answer.json().get("errors").toString()).contains("\"field\":\"" + field + "\"");
    }

    private long extensions() {
        return jdbc.sql("select count(*) from extension").query(Long.class).single();
    }

    @Test
    void nulCharactersInQueryParametersAndTextFieldsAre400() {
        assertProblem(get("/api/deadlines?window=W-MKT-01%00", SUPERVISOR), 400, "validation", "window");
        assertProblem(get("/api/accountability?window=W%00", SUPERVISOR), 400, "validation", "window");

        String caseId = acceptedCase("WBAD");
        long before = extensions();
        assertProblem(post("/api/deadlines/" + caseId + "/extensions", clerk("WBAD"),
                "{\"workingDays\": 2, \"reason\": \"现场\\u0000勘验\"}"), 400, "malformed-json", "reason");
        assertThat(extensions()).isEqualTo(before);
    }

    @Test
    void aDecimalOrHugeNumberOfWorkingDaysIsRefusedNotRounded() {
        String caseId = acceptedCase("WBAD");
        long before = extensions();
        assertProblem(post("/api/deadlines/" + caseId + "/extensions", clerk("WBAD"),
                "{\"workingDays\": 1.5, \"reason\": \"现场勘验\"}"), 400, "malformed-json", "workingDays");
        assertProblem(post("/api/deadlines/" + caseId + "/extensions", clerk("WBAD"),
                "{\"workingDays\": 99999999999, \"reason\": \"现场勘验\"}"), 400, "malformed-json", "workingDays");
        assertProblem(post("/api/deadlines/" + caseId + "/extensions", clerk("WBAD"),
                "{\"workingDays\": 2, \"reason\": 42}"), 400, "malformed-json", "reason");
        assertThat(extensions()).isEqualTo(before);
    }

    @Test
    void aPageFarBeyondTheEndIsEmptyNot500() {
        Answer accountability = get("/api/accountability?page=2147483647&size=200", SUPERVISOR);
        assertThat(accountability.status()).isEqualTo(200);
        assertThat(accountability.json()).isEmpty();
        Answer clocks = get("/api/deadlines?page=2147483647&size=200", SUPERVISOR);
        assertThat(clocks.status()).isEqualTo(200);
        assertThat(clocks.json().get("items")).isEmpty();
    }

    @Test
    void calendarDatesOutsideTheSupportedRangeAre400() {
        assertProblem(get("/api/calendars/CN/working-days?from=9999-12-31&days=5", SUPERVISOR), 400, "validation", "from");
        assertProblem(get("/api/calendars/CN/working-days/count?from=2025-01-01&to=9999-12-31", SUPERVISOR), 400,
                "validation", "to");
        assertProblem(get("/api/calendars/CN/days/0001-01-01", SUPERVISOR), 400, "validation", "date");
        assertProblem(get("/api/calendars/CN/working-days?from=2025-01-01", SUPERVISOR), 400, "validation", "days");
        assertProblem(get("/api/calendars/CN/working-days?from=2025-13-01&days=1", SUPERVISOR), 400, "validation", "from");
    }

    @Test
    void malformedJsonIsTypedMalformedJson() {
        String caseId = acceptedCase("WBAD");
        assertProblem(post("/api/deadlines/" + caseId + "/extensions", clerk("WBAD"), "{\"workingDays\": "), 400,
                "malformed-json", "body");
    }
}
