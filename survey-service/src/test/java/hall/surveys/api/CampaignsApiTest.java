package hall.surveys.api;

import hall.callbacks.events.CallbackTopics;
import hall.callbacks.events.OwnerRegistered;
import hall.surveys.StubServices;
import hall.surveys.campaigns.domain.IsoWeek;
import hall.surveys.events.CampaignOpened;
import hall.surveys.events.ResponseRecorded;
import hall.surveys.events.SurveyTopics;
import hall.testsupport.EventLog;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Campaigns, receipts and responses through the API, with owners from callback-service's events. */
class CampaignsApiTest extends ApiTestBase {

    private static final Map<String, Object> CONTENT = Map.of("ENG-REPAIR", "满意", "ENG-FACILITY", "基本满意",
            "SEC-PATROL", "满意", "CLN-PUBLIC", "不满意", "CLN-GARBAGE", "满意", "GEN-GREEN", "满意",
            "CS-ATTITUDE", "满意", "CS-OVERALL", 4, "OPINION", "楼道清洁不及时");

    private String registerOwner(String project, String room, boolean consent) {
        String id = UUID.randomUUID().toString();
        publish(CallbackTopics.CALLBACK_EVENTS, id, OwnerRegistered.TYPE, new OwnerRegistered(id, project, "1", "1",
                room, consent, "owner:" + id, "admin-1", Instant.now()));
        return id;
    }

    private void awaitOwners(String project, int n) {
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from project_owner where project_code = :p").param("p", project)
                .query(Long.class).single() == n);
    }

    static Map<String, Object> ownerSurvey(String code, String project, int year, LocalDate collection) {
        Map<String, Object> m = new HashMap<>();
        m.put("code", code);
        m.put("kind", "OWNER_ANNUAL");
        m.put("questionnaire", "OWNER-ANNUAL");
        m.put("projectCode", project);
        m.put("year", year);
        m.put("collectionDate", collection.toString());
        return m;
    }

    static Map<String, Object> form(String campaign, String household, Map<String, Object> answers) {
        Map<String, Object> m = new HashMap<>();
        m.put("campaign", campaign);
        m.put("household", household);
        m.put("answers", answers);
        return m;
    }

    @Test
    void anOwnerSurveyHandsAReceiptToEveryOwnerAndCollectsOneFormPerReceipt() throws Exception {
        registerOwner("PC1", "101", true);
        registerOwner("PC1", "102", false);
        registerOwner("PC1", "103", true);
        awaitOwners("PC1", 3);
        int year = hallToday().getYear();

        Answer opened = created(post("/api/campaigns", AGENT, json(ownerSurvey("OA-PC1", "PC1", year, hallToday().plusDays(10)))));
        assertThat(opened.json().get("receipts").asLong()).isEqualTo(3);
        assertThat(opened.json().get("collecting").asBoolean()).isTrue();
        EventLog.Event event = events().await(SurveyTopics.SURVEY_EVENTS, "OA-PC1", CampaignOpened.TYPE);
        assertThat(event.data().get("receipts").asInt()).isEqualTo(3);
        assertThat(event.data().get("projectCode").asString()).isEqualTo("PC1");
        assertThat(event.data().get("questionnaireVersion").asInt()).isEqualTo(1);
        Answer listed = get("/api/campaigns?project=PC1&year=" + year, AGENT);
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        assertThat(listed.json().findValuesAsString("code")).containsExactly("OA-PC1");
        assertThat(get("/api/campaigns", AGENT).status()).isEqualTo(200);

        registerOwner("PC1", "104", true);
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/api/campaigns/OA-PC1/receipts", AGENT).json().size() == 4);

        JsonNode receipts = get("/api/campaigns/OA-PC1/receipts", AGENT).json();
        String first = receipts.get(0).get("id").asString();
        assertThat(receipts.get(0).get("household").asString()).isEqualTo("1-1-101");
        Answer signed = post("/api/campaigns/OA-PC1/receipts/" + first + "/sign-off", AGENT, json(Map.of("receivedBy", "王建国")));
        assertThat(signed.status()).as(signed.body()).isEqualTo(200);
        assertThat(signed.json().get("receivedBy").asString()).isEqualTo("王**");
        assertThat(post("/api/campaigns/OA-PC1/receipts/" + first + "/sign-off", AGENT, json(Map.of("receivedBy", "王建国")))
                .status()).isEqualTo(409);

        Answer recorded = post("/api/survey-responses", AGENT, json(form("OA-PC1", "1-1-101", CONTENT)));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        // 100 70 100 0 100 100 100 and a rating of 4 (satisfied, 100): mean 83.75
        assertThat(recorded.json().get("score").asInt()).isEqualTo(84);
        String id = recorded.json().get("id").asString();
        EventLog.Event r = events().await(SurveyTopics.SURVEY_EVENTS, "OA-PC1", ResponseRecorded.TYPE,
                e -> e.data().get("responseId").asString().equals(id));
        assertThat(r.data().get("campaignKind").asString()).isEqualTo("OWNER_ANNUAL");
        assertThat(r.data().get("projectCode").asString()).isEqualTo("PC1");
        assertThat(r.data().get("score").asInt()).isEqualTo(84);

        Answer again = post("/api/survey-responses", AGENT, json(form("OA-PC1", "1-1-101", CONTENT)));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.fields()).containsExactly("receipt");

        Answer view = get("/api/campaigns/OA-PC1", AGENT);
        assertThat(view.json().get("signedReceipts").asLong()).isEqualTo(1);
        assertThat(view.json().get("responses").asLong()).isEqualTo(1);
        assertThat(get("/api/survey-responses?campaign=OA-PC1", AGENT).json().get(0).get("answers")).hasSize(9);
        assertThat(get("/api/campaigns/OA-PC1", MANAGER_OTHER).status()).isEqualTo(403);
        assertThat(post("/api/survey-responses", CLERK_W01, json(form("OA-PC1", "1-1-102", CONTENT))).status())
                .isEqualTo(403);
    }

    @Test
    void aCampaignClosesOnItsCollectionDateAndRefusesLateAnswersWith409() throws Exception {
        registerOwner("PC2", "201", true);
        awaitOwners("PC2", 1);
        LocalDate yesterday = hallToday().minusDays(1);
        created(post("/api/campaigns", AGENT, json(ownerSurvey("OA-PC2", "PC2", yesterday.getYear(), yesterday))));
        assertThat(get("/api/campaigns/OA-PC2", AGENT).json().get("collecting").asBoolean()).isFalse();
        long responses = count("survey_response");

        Answer late = post("/api/survey-responses", AGENT, json(form("OA-PC2", "1-1-201", CONTENT)));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.fields()).containsExactly("campaign");
        Map<String, Object> future = form("OA-PC2", "1-1-201", CONTENT);
        future.put("collectedOn", hallToday().plusDays(1).toString());
        assertThat(post("/api/survey-responses", AGENT, json(future)).status()).isEqualTo(400);
        assertThat(count("survey_response")).isEqualTo(responses);

        Map<String, Object> inTime = form("OA-PC2", "1-1-201", CONTENT);
        inTime.put("collectedOn", yesterday.toString());
        assertThat(post("/api/survey-responses", AGENT, json(inTime)).status()).isEqualTo(201);
    }

    @Test
    void theClerkRecordsOnSiteFormsOfItsWindowAndTheWeeksShortfallIsShown() throws Exception {
        Map<String, Object> answers = Map.of("ATTITUDE", "满意", "EFFICIENCY", "基本满意", "PROCEDURE", "满意",
                "IN-HALL", "满意", "INTEGRITY", "满意", "OVERALL", "不满意");
        Answer recorded = post("/api/survey-responses", CLERK_W01, json(Map.of("answers", answers)));
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
        String week = IsoWeek.of(hallToday()).toString();
        String campaign = "HO-W01-" + week;
        assertThat(recorded.json().get("campaign").asString()).isEqualTo(campaign);
        assertThat(recorded.json().get("score").asInt()).isEqualTo(78);

        EventLog.Event e = events().await(SurveyTopics.SURVEY_EVENTS, campaign, ResponseRecorded.TYPE);
        assertThat(e.data().get("windowCode").asString()).isEqualTo("W01");
        assertThat(e.data().get("isoWeek").asString()).isEqualTo(week);
        assertThat(e.data().get("campaignKind").asString()).isEqualTo("HALL_ONSITE");
        assertThat(e.data().get("score").asInt()).isEqualTo(78);

        Answer view = get("/api/campaigns/" + campaign, SUPERVISOR);
        assertThat(view.json().get("campaign").get("target").asInt()).isEqualTo(5);
        assertThat(view.json().get("shortfall").asLong()).isEqualTo(4);
        assertThat(get("/api/campaigns/" + campaign, CLERK_W02).status()).isEqualTo(403);
        Answer otherWindow = post("/api/survey-responses", CLERK_W02, json(Map.of("campaign", campaign, "answers", answers)));
        assertThat(otherWindow.status()).isEqualTo(403);
        assertThat(post("/api/survey-responses", APPLICANT, json(Map.of("answers", answers))).fields())
                .containsExactly("caseId");
    }

    @Test
    void anApplicantAnswersOnlineForItsOwnCaseOnce() throws Exception {
        StubServices.answer("/api/cases/C-ANSWER", 200, json(Map.of("id", "C-ANSWER", "windowCode", "W05",
                "departmentCode", "D-MKT", "contactRef", "case:C-ANSWER")));
        StubServices.answer("/api/cases/C-NOT-MINE", 403, "{}");
        Map<String, Object> answers = Map.of("ATTITUDE", "满意", "EFFICIENCY", "满意", "PROCEDURE", "满意",
                "IN-HALL", "满意", "INTEGRITY", "满意", "OVERALL", "满意");

        Answer online = post("/api/survey-responses", APPLICANT, json(Map.of("caseId", "C-ANSWER", "answers", answers)));

        assertThat(online.status()).as(online.body()).isEqualTo(201);
        assertThat(online.json().get("campaign").asString()).isEqualTo("HO-W05-" + IsoWeek.of(hallToday()));
        assertThat(online.json().get("score").asInt()).isEqualTo(100);
        assertThat(post("/api/survey-responses", APPLICANT, json(Map.of("caseId", "C-ANSWER", "answers", answers)))
                .fields()).containsExactly("caseId");
        assertThat(post("/api/survey-responses", APPLICANT, json(Map.of("caseId", "C-NOT-MINE", "answers", answers)))
                .status()).isEqualTo(403);
    }

    @Test
    void badInputNamesTheFieldAndStoresNothing() throws Exception {
        long campaigns = count("campaign");
        long responses = count("survey_response");
        long outbox = count("outbox_event");

        Answer missing = post("/api/survey-responses", CLERK_W01, json(Map.of("answers",
                Map.of("ATTITUDE", "很好", "EFFICIENCY", "满意"))));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.fields()).containsExactly("answers.ATTITUDE", "answers.PROCEDURE", "answers.IN-HALL",
                "answers.INTEGRITY", "answers.OVERALL");

        Map<String, Object> bad = ownerSurvey("bad code", " ", 1999, hallToday());
        bad.put("target", 3);
        Answer badCampaign = post("/api/campaigns", AGENT, json(bad));
        assertThat(badCampaign.status()).isEqualTo(400);
        assertThat(badCampaign.fields()).containsExactly("code", "projectCode", "year", "windowCode", "collectionDate");

        Map<String, Object> onsite = Map.of("code", "HO-X", "kind", "HALL_ONSITE", "questionnaire", "HALL-ONSITE",
                "windowCode", "W09", "isoWeek", "2026-W60");
        assertThat(post("/api/campaigns", SUPERVISOR, json(onsite)).fields()).containsExactly("isoWeek");
        Map<String, Object> wrongForm = new HashMap<>(onsite);
        wrongForm.put("questionnaire", "OWNER-ANNUAL");
        wrongForm.put("isoWeek", "2026-W10");
        assertThat(post("/api/campaigns", SUPERVISOR, json(wrongForm)).fields()).containsExactly("questionnaire");
        assertThat(post("/api/campaigns", SUPERVISOR, json(Map.of("code", "X", "kind", "HALL_ONSITE",
                "questionnaire", "NOPE", "windowCode", "W09", "isoWeek", "2026-W10"))).status()).isEqualTo(404);
        assertThat(post("/api/campaigns", MANAGER_OTHER, json(ownerSurvey("OA-P01-X", "P01", 2026, hallToday())))
                .status()).isEqualTo(403);

        assertThat(count("campaign")).isEqualTo(campaigns);
        assertThat(count("survey_response")).isEqualTo(responses);
        assertThat(count("outbox_event")).isEqualTo(outbox);
    }
}
