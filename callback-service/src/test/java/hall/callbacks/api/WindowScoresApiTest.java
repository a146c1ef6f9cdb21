package hall.callbacks.api;

import hall.callbacks.events.CallbackTopics;
import hall.callbacks.events.WindowScoresPublished;
import hall.callbacks.rounds.domain.IsoWeek;
import hall.surveys.events.EvaluatorRatingRecorded;
import hall.surveys.events.FollowUpRequested;
import hall.surveys.events.RatingLevel;
import hall.surveys.events.ResponseRecorded;
import hall.surveys.events.SurveyTopics;
import hall.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Window scores of the current week from callback answers, e-evaluator ratings and on-site forms (survey-service's
 * events); publication freezes the board; corrections are new versions; JSON, CSV and the Chinese notice board.
 * Follow-up requests become one callback task each.
 */
class WindowScoresApiTest extends ApiTestBase {

    static final String CLERK_SCO = TestTokens.bearer("clerk-sco", List.of("CLERK"), Map.of("window", "W-SCO"));

    private void rating(int score) {
        String id = UUID.randomUUID().toString();
        publish(SurveyTopics.SURVEY_EVENTS, UUID.randomUUID().toString(), id, EvaluatorRatingRecorded.TYPE,
                new EvaluatorRatingRecorded(id, null, "W-SCO", null, score == 0 ? RatingLevel.VERY_UNSATISFIED
                        : RatingLevel.SATISFIED, score, score == 0 ? "等太久" : null, "DEVICE", null, Instant.now()));
    }

    private JsonNode sco(JsonNode board) {
        for (JsonNode w : board.get("windows")) {
            if (w.get("windowCode").asString().equals("W-SCO")) {
                return w;
            }
        }
        throw new AssertionError("no W-SCO in " + board);
    }

    private long external() {
        return jdbc.sql("select count(*) from external_score where window_code = 'W-SCO'").query(Long.class).single();
    }

    @Test
    void callbacksRatingsAndFormsAreScoredAndAPublishedBoardIsFrozenUntilACorrection() throws Exception {
        String week = IsoWeek.of(LocalDate.now(HALL)).toString();
        String task = roundTasks("W-SCO", "2025-W45", Instant.parse("2025-11-03T02:00:00Z"), 1).get(0);
        assertThat(attempt(task, "REACHED", hallTime(1, 10, 0)).status()).isEqualTo(200);
        assertThat(post("/api/callbacks/" + task + "/outcome", AGENT, json(answers("SATISFIED"))).status())
                .isEqualTo(200);
        rating(0);
        String form = UUID.randomUUID().toString();
        publish(SurveyTopics.SURVEY_EVENTS, UUID.randomUUID().toString(), form, ResponseRecorded.TYPE,
                new ResponseRecorded(form, "c-1", "HALL_ONSITE", "q-1", 1, null, "W-SCO", week, 85, true,
                        Instant.now()));
        await().untilAsserted(() -> assertThat(external()).isEqualTo(2));

        JsonNode live = get("/api/window-scores?week=" + week, SUPERVISOR).json();
        assertThat(live.get("published").asBoolean()).isFalse();
        JsonNode w = sco(live);
        assertThat(w.get("reached").asInt()).isEqualTo(1);
        assertThat(w.get("ratings").asInt()).isEqualTo(1);
        assertThat(w.get("forms").asInt()).isEqualTo(1);
        assertThat(w.get("score").asDouble()).isEqualTo(61.67); // (100 + 0 + 85) / 3
        assertThat(w.get("grade").asString()).isEqualTo("C");
        assertThat(w.get("overallSatisfactionRate").asDouble()).isEqualTo(100.0);

        assertThat(post("/api/window-scores/" + week + "/publication", AGENT, "{}").status()).isEqualTo(403);
        Answer published = post("/api/window-scores/" + week + "/publication", SUPERVISOR, "{}");
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        assertThat(published.json().get("version").asInt()).isEqualTo(1);
        assertThat(events().await(CallbackTopics.CALLBACK_EVENTS, week, WindowScoresPublished.TYPE).data()
                .get("version").asInt()).isEqualTo(1);

        rating(100);
        await().untilAsserted(() -> assertThat(external()).isEqualTo(3));
        assertThat(sco(get("/api/window-scores?week=" + week, SUPERVISOR).json()).get("score").asDouble())
                .as("a published board does not change").isEqualTo(61.67);
        Answer noReason = post("/api/window-scores/" + week + "/publication", SUPERVISOR, "{}");
        assertThat(noReason.status()).isEqualTo(409);
        assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        Answer corrected = post("/api/window-scores/" + week + "/publication", SUPERVISOR,
                json(Map.of("reason", "补录电子评价器数据")));
        assertThat(corrected.json().get("version").asInt()).isEqualTo(2);
        assertThat(sco(get("/api/window-scores?week=" + week, SUPERVISOR).json()).get("score").asDouble())
                .isEqualTo(71.25);

        Answer clerk = get("/api/window-scores?week=" + week, CLERK_SCO);
        assertThat(clerk.json().get("windows")).hasSize(1);
        assertThat(get("/api/window-scores/W-SCO?week=" + week, CLERK_SCO).json().get("grade").asString())
                .isEqualTo("C");
        assertThat(get("/api/window-scores/W-OTHER?week=" + week, CLERK_SCO).status()).isEqualTo(403);
        Answer csv = get("/api/window-scores?week=" + week + "&format=csv", SUPERVISOR);
        assertThat(csv.body()).startsWith("week,windowCode,").contains(week + ",W-SCO,1,0,2,1,");
        Answer html = get("/api/window-scores?week=" + week + "&format=html", SUPERVISOR);
        assertThat(html.body()).contains("政务服务大厅窗口服务评价公示", "W-SCO", "71.25", "第 2 版", "补录电子评价器数据");
        assertThat(get("/api/window-scores?week=2025-53", SUPERVISOR).status()).isEqualTo(400);
        assertThat(get("/api/window-scores?week=" + week + "&format=pdf", SUPERVISOR).status()).isEqualTo(400);
    }

    @Test
    void anOfficerSeesTheScoresOfItsDepartmentsWindowsOnly() throws Exception {
        Instant ratedAt = Instant.parse("2025-05-14T03:00:00Z");
        String week = IsoWeek.of(ratedAt.atZone(HALL).toLocalDate()).toString();
        awaitFrame(List.of(hallCase("W-OFA", ratedAt, true), hallCase("W-OFB", ratedAt, true)));
        for (String window : List.of("W-OFA", "W-OFB")) {
            String id = UUID.randomUUID().toString();
            publish(SurveyTopics.SURVEY_EVENTS, UUID.randomUUID().toString(), id, EvaluatorRatingRecorded.TYPE,
                    new EvaluatorRatingRecorded(id, null, window, null, RatingLevel.SATISFIED, 100, null, "DEVICE",
                            null, ratedAt));
        }
        await().untilAsserted(() -> assertThat(jdbc.sql(
                "select count(*) from external_score where window_code in ('W-OFA', 'W-OFB')")
                .query(Long.class).single()).isEqualTo(2));
        // ApiTestBase's cases of window W-x belong to department D-W-x
        String officer = TestTokens.bearer("officer-ofa", List.of("DEPARTMENT_OFFICER"), Map.of("department", "D-W-OFA"));

        JsonNode board = get("/api/window-scores?week=" + week, officer).json();
        assertThat(board.get("windows")).extracting(w -> w.get("windowCode").asString()).containsExactly("W-OFA");
        assertThat(get("/api/window-scores?week=" + week, SUPERVISOR).json().get("windows"))
                .extracting(w -> w.get("windowCode").asString()).contains("W-OFA", "W-OFB");
        Answer own = get("/api/window-scores/W-OFA?week=" + week, officer);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().get("ratings").asInt()).isEqualTo(1);
        assertThat(get("/api/window-scores/W-OFB?week=" + week, officer).status()).isEqualTo(403);
        String otherDepartment = TestTokens.bearer("officer-x", List.of("DEPARTMENT_OFFICER"), Map.of("department", "D-NONE"));
        assertThat(get("/api/window-scores?week=" + week, otherDepartment).json().get("windows")).isEmpty();
        assertThat(get("/api/window-scores?week=" + week, TestTokens.bearer("applicant-1", List.of("APPLICANT"),
                Map.of())).status()).isEqualTo(403);
    }

    @Test
    void eachFollowUpRequestBecomesExactlyOneCallbackTask() throws Exception {
        String requestId = UUID.randomUUID().toString();
        FollowUpRequested request = new FollowUpRequested(requestId, "BAD_RATING", "rating:r-9", "case-9", "W-FUP",
                "D-FUP", null, "case:case-9", "差评回访", Instant.now());
        publish(SurveyTopics.SURVEY_EVENTS, UUID.randomUUID().toString(), requestId, FollowUpRequested.TYPE, request);
        publish(SurveyTopics.SURVEY_EVENTS, UUID.randomUUID().toString(), requestId, FollowUpRequested.TYPE, request);
        // a later event on the same key marks that both requests were applied
        rating(100);
        String marker = UUID.randomUUID().toString();
        publish(SurveyTopics.SURVEY_EVENTS, UUID.randomUUID().toString(), requestId, ResponseRecorded.TYPE,
                new ResponseRecorded(marker, "c-1", "HALL_ONSITE", "q-1", 1, null, "W-FUP", "2025-W01", 100, true,
                        Instant.now()));

        await().untilAsserted(() -> assertThat(jdbc.sql("select count(*) from external_score where source_id = :id")
                .param("id", "form:" + marker).query(Long.class).single()).isEqualTo(1));
        JsonNode tasks = get("/api/callbacks?window=W-FUP", SUPERVISOR).json();
        assertThat(tasks).hasSize(1);
        assertThat(tasks.get(0).get("kind").asString()).isEqualTo("FOLLOW_UP");
        assertThat(tasks.get(0).get("caseId").asString()).isEqualTo("case-9");
    }
}
