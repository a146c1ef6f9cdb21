package hall.caseservice.api;

import hall.cases.events.CaseTopics;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input is refused with a problem detail naming the field, and nothing is stored. */
class BadInputApiTest extends ApiTestBase {

    static final List<String> ALL = List.of("FORM", "LICENSE", "ID", "PLAN", "RULES");

    private void assertRefused(Answer a, int status, String field) {
        assertThat(a.status()).as(a.body()).isEqualTo(status);
        assertThat(a.header("Content-Type")).startsWith("application/problem+json");
        assertThat(a.json().get("type").asString()).startsWith("https://hall.example/problems/");
        if (field != null) {
            assertThat(a.json().get("errors").toString()).contains("\"field\":\"" + field + "\"");
        }
    }

    @Test
    void badCaseInputIsRefusedAndNothingIsStored() throws Exception {
        long cases = count("hall_case");
        long outbox = count("outbox_event");
        assertRefused(post("/api/cases", CLERK_W1, caseBody("NOPE", "W-MKT-01", ALL, "王五", "13812345678")), 422,
                "matterCode");
        assertRefused(post("/api/cases", ADMIN, caseBody("MKT-PRO-001", "W-NOPE", ALL, "王五", "13812345678")), 422,
                "windowCode");
        assertRefused(post("/api/cases", CLERK_W1, caseBody("MKT-PRO-001", "W-MKT-01", ALL, "王五", "12812345678")),
                400, "applicant.phone");
        assertRefused(post("/api/cases", CLERK_W1, caseBody("MKT-PRO-001", "W-MKT-01", ALL, "王五", "1381234567")),
                400, "applicant.phone");
        assertRefused(post("/api/cases", CLERK_W1, caseBody("MKT-PRO-001", "W-MKT-01", ALL, "  ", "13812345678")),
                400, "applicant.name");
        assertRefused(post("/api/cases", CLERK_W1, caseBody("MKT-PRO-001", "W-MKT-01", List.of("FORM", "XX"),
                "王五", "13812345678")), 422, "materials[1]");
        // a matter of another department at this window
        assertRefused(post("/api/cases", ADMIN, caseBody("CON-REP-001", "W-MKT-01", List.of("FORM"), "王五",
                "13812345678")), 422, "matterCode");
        Answer truncated = post("/api/cases", CLERK_W1, "{\"applicant\": {\"name\": \"王五\", ");
        assertRefused(truncated, 400, null);
        assertThat(truncated.json().get("type").asString()).isEqualTo("https://hall.example/problems/malformed-json");
        assertThat(truncated.json().get("errors").size()).isEqualTo(1);
        assertRefused(post("/api/cases", CLERK_W1, "{\"applicant\": {\"name\": \"王五\", \"phone\": \"13812345678\","
                + " \"callbackConsent\": \"perhaps\"}, \"matterCode\": \"MKT-PRO-001\", \"windowCode\": \"W-MKT-01\","
                + " \"materials\": []}"), 400, "applicant.callbackConsent");
        assertThat(count("hall_case")).isEqualTo(cases);
        assertThat(count("outbox_event")).isEqualTo(outbox);
    }

    @Test
    void oversizedBodiesAreAnswered413() throws Exception {
        long cases = count("hall_case");
        String huge = caseBody("MKT-PRO-001", "W-MKT-01", ALL, "王".repeat(30_000), "13812345678");
        Answer a = post("/api/cases", CLERK_W1, huge);
        assertThat(a.status()).isEqualTo(413);
        assertThat(a.json().get("type").asString()).isEqualTo("https://hall.example/problems/payload-too-large");
        // chunked (no Content-Length): the limit applies while reading
        HttpRequest chunked = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/cases"))
                .header("Content-Type", "application/json").header("Authorization", CLERK_W1)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        huge.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .build();
        Answer b = send(chunked);
        assertThat(b.status()).isEqualTo(413);
        assertThat(count("hall_case")).isEqualTo(cases);
    }

    @Test
    void sqlAndHtmlTextIsStoredVerbatimAndReturnedAsJsonText() throws Exception {
        String name = "Robert'); DROP TABLE hall_case;-- <script>alert(\"x\")</script>";
        Answer a = post("/api/cases", CLERK_W1, caseBody("MKT-PRO-001", "W-MKT-01", ALL, name, "13812345678"));
        assertThat(a.status()).isEqualTo(201);
        assertThat(a.header("Content-Type")).startsWith("application/json");
        String id = a.json().get("id").asString();
        assertThat(jdbc.sql("select applicant_name from hall_case where id = :id").param("id", id)
                .query(String.class).single()).isEqualTo(name);
        JsonNode view = get("/api/cases/" + id, APPLICANT_A).json();
        assertThat(view.get("applicant").get("name").asString()).isEqualTo(name);
        // the quote is escaped as JSON requires; the text is data, never markup or SQL
        assertThat(get("/api/cases/" + id, APPLICANT_A).body()).contains("alert(\\\"x\\\")");
        String reason = "<img src=x onerror=alert(1)>'; delete from case_history; --";
        Answer r = post("/api/cases/" + id + "/returns", CLERK_W1, JSON.writeValueAsString(Map.of("reason", reason,
                "policyBasis", "basis")));
        assertThat(r.json().get("returnReason").asString()).isEqualTo(reason);
        assertThat(count("case_history")).isPositive();
        events().await(CaseTopics.CASE_EVENTS, id, hall.cases.events.CaseReturned.TYPE,
                e -> e.data().get("reason").asString().equals(reason));
    }

    @Test
    void badCatalogueInputIsRefusedAndNothingIsStored() throws Exception {
        long matters = count("matter");
        String tooLong = """
                {"code":"X-1","name":"x","departmentCode":"D-MKT","category":"PROMISED","statutoryLimitDays":10,
                 "promisedLimitDays":11,"materials":[]}""";
        assertRefused(post("/api/matters", ADMIN, tooLong), 422, "promisedLimitDays");
        assertRefused(post("/api/matters", ADMIN, tooLong.replace("\"D-MKT\"", "\"D-NOPE\"")
                .replace("11", "5")), 422, "departmentCode");
        assertRefused(post("/api/matters", ADMIN, tooLong.replace("\"x\"", "\"\"")), 400, "name");
        assertRefused(post("/api/matters", ADMIN, tooLong.replace("PROMISED", "SOMETHING")), 400, "category");
        assertThat(post("/api/matters", CLERK_W1, tooLong.replace("11", "5")).status()).isEqualTo(403);
        assertThat(count("matter")).isEqualTo(matters);
        assertRefused(post("/api/windows", ADMIN, "{\"code\":\"W-X\",\"name\":\"x\",\"departmentCode\":\"D-NOPE\"}"),
                422, "departmentCode");
        assertThat(post("/api/departments", ADMIN, "{\"code\":\"D-MKT\",\"name\":\"again\"}").status())
                .isEqualTo(409);
        assertThat(get("/api/matters/MKT-PRO-001", CLERK_W1).json().get("materials").size()).isEqualTo(5);
        assertThat(get("/api/cases", null).status()).isEqualTo(401);
    }

    private static String imported(String receivedAt) {
        return JSON.writeValueAsString(Map.of("applicant", Map.of("name", "周九", "phone", "13600001234",
                        "callbackConsent", false), "matterCode", "MKT-IMM-001", "windowCode", "W-MKT-02",
                "materials", List.of("FORM", "LICENSE", "ID"), "receivedAt", receivedAt));
    }

    @Test
    void importedDatesOutsideTheLedgersRangeAre422NamingTheField() throws Exception {
        long cases = count("hall_case");
        long outbox = count("outbox_event");
        assertRefused(post("/api/cases", SUPERVISOR, imported("-290000-01-01T00:00:00Z")), 422, "receivedAt");
        assertRefused(post("/api/cases", SUPERVISOR, imported("1900-01-01T00:00:00Z")), 422, "receivedAt");
        assertRefused(post("/api/cases", SUPERVISOR, imported("+290000-01-01T00:00:00Z")), 422, "receivedAt");
        assertThat(count("hall_case")).isEqualTo(cases);
        assertThat(count("outbox_event")).isEqualTo(outbox);
    }

    @Test
    void nulCharactersInTextAndQueryParametersAre400() throws Exception {
        long cases = count("hall_case");
        long complaints = count("complaint");
        long outbox = count("outbox_event");
        assertRefused(post("/api/cases", CLERK_W1, caseBody("MKT-PRO-001", "W-MKT-01", ALL, "王\u0000五",
                "13812345678")), 400, "applicant.name");
        assertRefused(post("/api/complaints", APPLICANT_A,
                "{\"subjectType\":\"WINDOW\",\"subjectRef\":\"W-MKT-01\",\"description\":\"推诿\\u0000\"}"), 400,
                "description");
        assertRefused(get("/api/complaints?subjectRef=W-MKT-01%00", SUPERVISOR), 400, "subjectRef");
        assertRefused(get("/api/cases?window=W-MKT-01%00", SUPERVISOR), 400, "window");
        assertThat(count("hall_case")).isEqualTo(cases);
        assertThat(count("complaint")).isEqualTo(complaints);
        assertThat(count("outbox_event")).isEqualTo(outbox);
    }

    @Test
    void aNumberWhereTextIsExpectedAndAMonthBeforeYearZeroAreRefused() throws Exception {
        String id = submit("MKT-PRO-001", "W-MKT-01", ALL, CLERK_W1);
        assertThat(post("/api/cases/" + id + "/acceptance", CLERK_W1, "").status()).isEqualTo(200);
        long outbox = count("outbox_event");
        assertRefused(post("/api/cases/" + id + "/completion", CLERK_W1, "{\"result\": 42}"), 400, "result");
        assertThat(get("/api/cases/" + id, CLERK_W1).json().get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(count("outbox_event")).isEqualTo(outbox);

        assertRefused(get("/api/ledgers/W-MKT-01/-0001-01", SUPERVISOR), 400, "month");
        assertRefused(get("/api/ledgers/W-MKT-01/+2025-01", SUPERVISOR), 400, "month");
    }
}
