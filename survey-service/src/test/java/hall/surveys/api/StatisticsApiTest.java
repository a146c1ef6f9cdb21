package hall.surveys.api;

import hall.callbacks.events.CallbackTopics;
import hall.callbacks.events.OwnerRegistered;
import hall.surveys.campaigns.domain.IsoWeek;
import hall.surveys.statistics.domain.SvgBars;
import hall.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/** Statistics from campaign to chart: rates per department and question, receipts, year-on-year, CSV, SVG. */
class StatisticsApiTest extends ApiTestBase {

    private static final String CLERK_W07 = TestTokens.bearer("clerk-7", List.of("CLERK"), Map.of("window", "W07"));

    private static Map<String, Object> answers(String engRepair, String engFacility, String clnPublic,
            String clnGarbage, int overall, String other) {
        Map<String, Object> m = new HashMap<>();
        m.put("ENG-REPAIR", engRepair);
        m.put("ENG-FACILITY", engFacility);
        m.put("SEC-PATROL", other);
        m.put("CLN-PUBLIC", clnPublic);
        m.put("CLN-GARBAGE", clnGarbage);
        m.put("GEN-GREEN", other);
        m.put("CS-ATTITUDE", other);
        m.put("CS-OVERALL", overall);
        return m;
    }

    private Map<String, Object> form(String campaign, String household, Map<String, Object> answers, LocalDate on) {
        Map<String, Object> m = CampaignsApiTest.form(campaign, household, answers);
        m.put("collectedOn", on.toString());
        return m;
    }

    private JsonNode department(JsonNode list, String code) {
        return list.valueStream().filter(d -> d.get("department").asString().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void aProjectsYearShowsRatesPerDepartmentAndQuestionBesideLastYear() throws Exception {
        for (String room : List.of("301", "302", "303", "304")) {
            String id = UUID.randomUUID().toString();
            publish(CallbackTopics.CALLBACK_EVENTS, id, OwnerRegistered.TYPE,
                    new OwnerRegistered(id, "PS1", "3", "1", room, true, "owner:" + id, "admin-1", Instant.now()));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from project_owner where project_code = 'PS1'").query(Long.class).single() == 4);
        LocalDate today = hallToday();
        int year = today.getYear();
        LocalDate lastCollection = LocalDate.of(year - 1, 12, 15);
        created(post("/api/campaigns", AGENT, json(CampaignsApiTest.ownerSurvey("OA-PS1-LAST", "PS1", year - 1, lastCollection))));
        created(post("/api/campaigns", AGENT, json(CampaignsApiTest.ownerSurvey("OA-PS1-THIS", "PS1", year, today.plusDays(5)))));

        created(post("/api/survey-responses", AGENT, json(form("OA-PS1-LAST", "3-1-301",
                answers("基本满意", "基本满意", "不满意", "不满意", 3, "基本满意"), lastCollection))));
        created(post("/api/survey-responses", AGENT, json(form("OA-PS1-THIS", "3-1-301",
                answers("满意", "满意", "满意", "满意", 5, "满意"), today))));
        created(post("/api/survey-responses", AGENT, json(form("OA-PS1-THIS", "3-1-302",
                answers("不满意", "基本满意", "满意", "满意", 2, "满意"), today))));
        JsonNode receipts = get("/api/campaigns/OA-PS1-THIS/receipts", AGENT).json();
        for (int i = 0; i < 2; i++) {
            assertThat(post("/api/campaigns/OA-PS1-THIS/receipts/" + receipts.get(i).get("id").asString() + "/sign-off",
                    AGENT, json(Map.of("receivedBy", "业主" + i))).status()).isEqualTo(200);
        }

        Answer s = get("/api/survey-statistics?project=PS1&year=" + year, AGENT);
        assertThat(s.status()).as(s.body()).isEqualTo(200);
        JsonNode j = s.json();
        assertThat(j.get("responses").asLong()).isEqualTo(2);
        assertThat(j.get("receipts").asLong()).isEqualTo(4);
        assertThat(j.get("responseRate").asDouble()).isEqualTo(0.5);
        assertThat(j.get("receiptRate").asDouble()).isEqualTo(0.5);
        assertThat(j.get("overall").get("valid").asLong()).isEqualTo(16);
        assertThat(j.get("overall").get("rate").asDouble()).isEqualTo(0.875);
        assertThat(department(j.get("departments"), "ENGINEERING").get("rate").asDouble()).isEqualTo(0.75);
        assertThat(department(j.get("departments"), "ENGINEERING").get("departmentName").asString()).isEqualTo("工程维修");
        assertThat(department(j.get("departments"), "CUSTOMER_SERVICE").get("rate").asDouble()).isEqualTo(0.75);
        assertThat(department(j.get("departments"), "CLEANING").get("rate").asDouble()).isEqualTo(1.0);
        JsonNode repair = j.get("questions").valueStream().filter(q -> q.get("question").asString().equals("ENG-REPAIR"))
                .findFirst().orElseThrow();
        assertThat(repair.get("rate").asDouble()).isEqualTo(0.5);
        assertThat(repair.get("text").asString()).isEqualTo("您对报修维修的及时性和质量是否满意？");
        JsonNode yoyCleaning = department(j.get("yearOnYear"), "CLEANING");
        assertThat(yoyCleaning.get("lastYear").asDouble()).isEqualTo(0.0);
        assertThat(yoyCleaning.get("thisYear").asDouble()).isEqualTo(1.0);
        assertThat(yoyCleaning.get("change").asDouble()).isEqualTo(100.0);
        assertThat(department(j.get("yearOnYear"), "ENGINEERING").get("change").asDouble()).isEqualTo(-25.0);

        Answer csv = get("/api/survey-statistics?project=PS1&year=" + year, AGENT, "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).startsWith("section,department,question,text,valid")
                .contains("department,ENGINEERING,,,4,2,1,1,0.75,,")
                .contains("question,CUSTOMER_SERVICE,CS-OVERALL,请为物业服务总体打分（1-5分）,2,1,0,1,0.5,,")
                .contains("year_on_year,CLEANING,,,,,,,1.0,0.0,100.0")
                .contains("receipt_rate,,,,4,,,,0.5,,");

        Answer chart = get("/api/survey-statistics/chart?project=PS1&year=" + year, AGENT, "image/svg+xml");
        assertThat(chart.status()).isEqualTo(200);
        List<SvgBars.Bar> bars = SvgBars.of(chart.body());
        assertThat(bars).hasSize(10);
        SvgBars.Bar engineeringNow = bars.stream()
                .filter(b -> b.department().equals("ENGINEERING") && b.year() == year).findFirst().orElseThrow();
        SvgBars.Bar engineeringLast = bars.stream()
                .filter(b -> b.department().equals("ENGINEERING") && b.year() == year - 1).findFirst().orElseThrow();
        assertThat(engineeringNow.rate()).isEqualTo(0.75);
        assertThat(engineeringLast.rate()).isEqualTo(1.0);
        assertThat(engineeringNow.height() / engineeringLast.height()).isCloseTo(0.75, within(0.001));
        assertThat(chart.body()).contains("项目 PS1 业主满意率");

        Answer coverage = get("/api/survey-statistics/coverage?year=" + year, SUPERVISOR);
        assertThat(coverage.json().get("projects").valueStream().map(p -> p.get("project").asString()).toList())
                .contains("PS1");
        assertThat(coverage.json().get("withoutSurvey").valueStream().map(JsonNode::asString).toList())
                .doesNotContain("PS1");
    }

    @Test
    void aWindowsWeekCombinesOnSiteFormsAndRatingsIntoItsScore() throws Exception {
        Map<String, Object> all = Map.of("ATTITUDE", "满意", "EFFICIENCY", "满意", "PROCEDURE", "满意",
                "IN-HALL", "满意", "INTEGRITY", "满意", "OVERALL", "满意");
        created(post("/api/survey-responses", CLERK_W07, json(Map.of("answers", all))));
        created(post("/api/evaluator-ratings", CLERK_W07, json(Map.of("level", "UNSATISFIED", "reason", "态度冷淡"))));
        created(post("/api/evaluator-ratings", CLERK_W07, json(Map.of("level", "SATISFIED"))));
        String week = IsoWeek.of(hallToday()).toString();

        Answer s = get("/api/survey-statistics?window=W07&week=" + week, SUPERVISOR);

        assertThat(s.status()).as(s.body()).isEqualTo(200);
        JsonNode w = s.json().get("windowWeek");
        assertThat(w.get("onsiteForms").asLong()).isEqualTo(1);
        assertThat(w.get("target").asLong()).isEqualTo(5);
        assertThat(w.get("shortfall").asLong()).isEqualTo(4);
        assertThat(w.get("ratings").asLong()).isEqualTo(2);
        assertThat(w.get("ratingMeanScore").asDouble()).isEqualTo(50.0);
        assertThat(w.get("formMeanScore").asDouble()).isEqualTo(100.0);
        assertThat(w.get("weeklyScore").asDouble()).isEqualTo(66.7);
        assertThat(department(s.json().get("departments"), "WINDOW").get("rate").asDouble()).isEqualTo(1.0);
    }

    @Test
    void scopesAndBadQueriesAreRefusedWithTheFieldNamed() throws Exception {
        assertThat(get("/api/survey-statistics?project=P01&year=2026", MANAGER_OTHER).status()).isEqualTo(403);
        assertThat(get("/api/survey-statistics?project=P01&year=2026", MANAGER_P01).status()).isEqualTo(200);
        assertThat(get("/api/survey-statistics?window=W07&week=2026-W10", MANAGER_P01).status()).isEqualTo(403);
        assertThat(get("/api/survey-statistics?project=P01&year=2026", CLERK_W01).status()).isEqualTo(403);
        assertThat(get("/api/survey-statistics?project=P01", AGENT).fields()).containsExactly("year");
        assertThat(get("/api/survey-statistics?window=W07&week=2026-48", AGENT).fields()).containsExactly("week");
        assertThat(get("/api/survey-statistics", AGENT).fields()).containsExactly("campaign");
        assertThat(get("/api/survey-statistics?project=P01&year=abc", AGENT).status()).isEqualTo(400);
        assertThat(get("/api/survey-statistics?campaign=NOPE", AGENT).status()).isEqualTo(404);
    }
}
