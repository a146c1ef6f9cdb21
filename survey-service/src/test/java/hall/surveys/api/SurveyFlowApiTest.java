package hall.surveys.api;

import hall.callbacks.events.CallbackTopics;
import hall.callbacks.events.OwnerRegistered;
import hall.surveys.StubServices;
import hall.surveys.events.FollowUpRequested;
import hall.surveys.events.OpinionClassified;
import hall.surveys.events.RectificationMeasureRecorded;
import hall.surveys.events.SurveyTopics;
import hall.testsupport.EventLog;
import hall.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The owner survey to its end: campaign, receipts, responses with opinions, statistics, classification, rectification
 * measures with due dates from deadline-service (a stub HTTP server), and the follow-up request to callback-service.
 */
class SurveyFlowApiTest extends ApiTestBase {

    private static final String CALENDAR = "/api/calendars/CN/working-days";
    private static final String MANAGER_PF = TestTokens.bearer("manager-pf", List.of("PROPERTY_MANAGER"),
            Map.of("project", "PF1"));
    private static final String OFFICER_OTHER = TestTokens.bearer("officer-x", List.of("DEPARTMENT_OFFICER"),
            Map.of("department", "ENGINEERING"));

    private String opinionCampaign(String project) throws Exception {
        for (String room : List.of("501", "502", "503")) {
            String id = UUID.randomUUID().toString();
            publish(CallbackTopics.CALLBACK_EVENTS, id, OwnerRegistered.TYPE,
                    new OwnerRegistered(id, project, "5", "1", room, true, "owner:" + id, "admin-1", Instant.now()));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql(
                "select count(*) from project_owner where project_code = :p").param("p", project).query(Long.class).single() == 3);
        String code = "OA-" + project;
        created(post("/api/campaigns", AGENT, json(CampaignsApiTest.ownerSurvey(code, project, hallToday().getYear(),
                hallToday().plusDays(7)))));
        return code;
    }

    private void answer(String campaign, String household, String opinion, boolean anonymous) throws Exception {
        Map<String, Object> answers = new HashMap<>(Map.of("ENG-REPAIR", "满意", "ENG-FACILITY", "满意",
                "SEC-PATROL", "满意", "CLN-PUBLIC", "不满意", "CLN-GARBAGE", "不满意", "GEN-GREEN", "满意",
                "CS-ATTITUDE", "满意", "CS-OVERALL", 4));
        answers.put("OPINION", opinion);
        Map<String, Object> form = CampaignsApiTest.form(campaign, household, answers);
        form.put("anonymous", anonymous);
        form.put("followUpConsent", !anonymous);
        created(post("/api/survey-responses", AGENT, json(form)));
    }

    private JsonNode opinionSaying(String campaign, String text) throws Exception {
        return get("/api/campaigns/" + campaign + "/opinions", AGENT).json().valueStream()
                .filter(o -> o.get("text").asString().equals(text)).findFirst().orElseThrow();
    }

    @Test
    void opinionsAreClassifiedAnsweredWithMeasuresAndConsentingOwnersAreCalledBack() throws Exception {
        StubServices.answer(CALENDAR, 200, "{\"region\":\"CN\",\"days\":3,\"date\":\"2026-12-03\",\"provisional\":false}");
        String campaign = opinionCampaign("PF1");
        answer(campaign, "5-1-501", "楼道垃圾没人清理，卫生很差", false);
        answer(campaign, "5-1-502", "希望多办社区活动", true);
        answer(campaign, "5-1-503", "总体还可以", false);

        // statistics of the campaign: every receipt answered; 6 of the 8 scored answers of each form satisfied
        JsonNode figures = get("/api/survey-statistics?campaign=" + campaign, AGENT).json();
        assertThat(figures.get("receipts").asLong()).isEqualTo(3);
        assertThat(figures.get("responses").asLong()).isEqualTo(3);
        assertThat(figures.get("overall").get("valid").asLong()).isEqualTo(24);
        assertThat(figures.get("overall").get("rate").asDouble()).isEqualTo(0.75);

        JsonNode cleaning = opinionSaying(campaign, "楼道垃圾没人清理，卫生很差");
        assertThat(cleaning.get("departmentCode").asString()).isEqualTo("CLEANING");
        assertThat(cleaning.get("basis").asString()).isEqualTo("KEYWORD");
        assertThat(cleaning.get("contactRef").asString()).startsWith("owner:");
        String cleaningId = cleaning.get("id").asString();
        assertThat(events().await(SurveyTopics.SURVEY_EVENTS, cleaningId, OpinionClassified.TYPE)
                .data().get("keyword").asString()).isEqualTo("垃圾");
        JsonNode plain = opinionSaying(campaign, "总体还可以");
        assertThat(plain.get("departmentCode").asString()).isEqualTo("CUSTOMER_SERVICE");
        assertThat(plain.get("basis").asString()).isEqualTo("QUESTION_TAG");
        JsonNode activity = opinionSaying(campaign, "希望多办社区活动");
        assertThat(activity.get("contactRef").isNull()).isTrue();

        Answer moved = put("/api/campaigns/" + campaign + "/opinions/" + plain.get("id").asString() + "/department",
                MANAGER_PF, json(Map.of("departmentCode", "GENERAL_AFFAIRS")));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().get("basis").asString()).isEqualTo("MANUAL");
        assertThat(put("/api/campaigns/" + campaign + "/opinions/" + plain.get("id").asString() + "/department",
                MANAGER_OTHER, json(Map.of("departmentCode", "CLEANING"))).status()).isEqualTo(403);

        Answer measure = post("/api/rectifications", MANAGER_PF, json(Map.of("opinionId", cleaningId,
                "measure", "每日清运两次，楼道每周消毒", "responsiblePerson", "保洁主管王师傅")));
        assertThat(measure.status()).as(measure.body()).isEqualTo(201);
        assertThat(measure.json().get("dueDate").asString()).isEqualTo("2026-12-03");
        StubServices.Received asked = StubServices.received(CALENDAR).getLast();
        assertThat(asked.authorization()).isEqualTo(MANAGER_PF);
        assertThat(asked.query()).contains("from=" + hallToday()).contains("days=3");

        EventLog.Event recorded = events().await(SurveyTopics.SURVEY_EVENTS, cleaningId, RectificationMeasureRecorded.TYPE);
        assertThat(recorded.data().get("departmentCode").asString()).isEqualTo("CLEANING");
        assertThat(recorded.data().get("dueDate").asString()).isEqualTo("2026-12-03");
        assertThat(recorded.data().get("responsiblePerson").asString()).isEqualTo("保洁主管王师傅");
        EventLog.Event followUp = events().await(SurveyTopics.SURVEY_EVENTS, cleaningId, FollowUpRequested.TYPE);
        assertThat(followUp.data().get("reason").asString()).isEqualTo("RECTIFICATION");
        assertThat(followUp.data().get("subjectRef").asString()).isEqualTo("opinion:" + cleaningId);
        assertThat(followUp.data().get("contactRef").asString()).isEqualTo(cleaning.get("contactRef").asString());
        assertThat(followUp.data().get("projectCode").asString()).isEqualTo("PF1");
        assertThat(followUp.data().get("summary").asString()).contains("每日清运两次").contains("2026-12-03");

        String activityId = activity.get("id").asString();
        created(post("/api/rectifications", MANAGER_PF, json(Map.of("opinionId", activityId, "measure", "每季度一次社区活动",
                "responsiblePerson", "综合主管", "solvableNow", false, "explanation", "需业主大会通过活动经费"))));
        events().await(SurveyTopics.SURVEY_EVENTS, activityId, RectificationMeasureRecorded.TYPE);
        assertThat(events().all(SurveyTopics.SURVEY_EVENTS, activityId)).extracting(EventLog.Event::type)
                .doesNotContain(FollowUpRequested.TYPE);

        JsonNode summary = get("/api/campaigns/" + campaign + "/opinions/summary", MANAGER_PF).json();
        Map<String, JsonNode> byDepartment = new HashMap<>();
        summary.forEach(s -> byDepartment.put(s.get("department").asString(), s));
        assertThat(byDepartment.get("CLEANING").get("answered").asLong()).isEqualTo(1);
        assertThat(byDepartment.get("GENERAL_AFFAIRS").get("opinions").asLong()).isEqualTo(2);
        assertThat(byDepartment.get("GENERAL_AFFAIRS").get("unsolved").asLong()).isEqualTo(1);
        assertThat(byDepartment.get("GENERAL_AFFAIRS").get("open").asLong()).isEqualTo(1);
        assertThat(get("/api/rectifications?campaign=" + campaign, AGENT).json()).hasSize(2);
    }

    @Test
    void whileDeadlineServiceIsDownTheDueDateIsPendingAndSetLater() throws Exception {
        String campaign = opinionCampaign("PF2");
        answer(campaign, "5-1-501", "电梯经常停", false);
        String opinion = opinionSaying(campaign, "电梯经常停").get("id").asString();
        String admin = ADMIN;
        StubServices.answer(CALENDAR, 500, "{\"title\":\"down\"}");

        Answer pending = post("/api/rectifications", admin, json(Map.of("opinionId", opinion, "measure", "更换电梯控制柜",
                "responsiblePerson", "工程部李工", "workingDays", 10)));

        assertThat(pending.status()).as(pending.body()).isEqualTo(201);
        assertThat(pending.json().get("dueDate").isNull()).isTrue();
        EventLog.Event e = events().await(SurveyTopics.SURVEY_EVENTS, opinion, RectificationMeasureRecorded.TYPE);
        assertThat(e.data().get("dueDatePending").asBoolean()).isTrue();
        assertThat(e.data().get("dueDate").isNull()).isTrue();
        assertThat(events().await(SurveyTopics.SURVEY_EVENTS, opinion, FollowUpRequested.TYPE)
                .data().get("summary").asString()).contains("完成日期待定");

        StubServices.answer(CALENDAR, 200, "{\"region\":\"CN\",\"days\":10,\"date\":\"2026-12-14\",\"provisional\":false}");
        String id = pending.json().get("id").asString();
        Answer settled = post("/api/rectifications/" + id + "/due-date", admin, "");
        assertThat(settled.status()).as(settled.body()).isEqualTo(200);
        assertThat(settled.json().get("dueDate").asString()).isEqualTo("2026-12-14");
        events().await(SurveyTopics.SURVEY_EVENTS, opinion, RectificationMeasureRecorded.TYPE,
                ev -> "2026-12-14".equals(ev.data().get("dueDate").asString()));
        assertThat(post("/api/rectifications/" + id + "/due-date", admin, "").status()).isEqualTo(409);
    }

    @Test
    void badMeasuresAreNamedAndStoreNothing() throws Exception {
        String campaign = opinionCampaign("PF3");
        answer(campaign, "5-1-501", "小区停车太乱", false);
        String opinion = opinionSaying(campaign, "小区停车太乱").get("id").asString();
        long measures = count("rectification_measure");
        long outbox = count("outbox_event");

        Map<String, Object> bad = new HashMap<>();
        bad.put("opinionId", opinion);
        bad.put("measure", " ");
        bad.put("workingDays", 0);
        bad.put("solvableNow", false);
        Answer invalid = post("/api/rectifications", ADMIN, json(bad));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.fields()).containsExactly("measure", "responsiblePerson", "workingDays", "explanation");
        assertThat(post("/api/rectifications", OFFICER_OTHER, json(Map.of("opinionId", opinion, "measure", "m",
                "responsiblePerson", "p"))).status()).isEqualTo(403);
        assertThat(post("/api/rectifications", ADMIN, json(Map.of("opinionId", "nope", "measure", "m",
                "responsiblePerson", "p"))).status()).isEqualTo(404);
        assertThat(post("/api/rectifications", ADMIN, json(Map.of("measure", "m", "responsiblePerson", "p"))).fields())
                .containsExactly("opinionId");
        assertThat(count("rectification_measure")).isEqualTo(measures);
        assertThat(count("outbox_event")).isEqualTo(outbox);
    }
}
