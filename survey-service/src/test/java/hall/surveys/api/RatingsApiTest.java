package hall.surveys.api;

import hall.surveys.StubServices;
import hall.surveys.events.EvaluatorRatingRecorded;
import hall.surveys.events.FollowUpRequested;
import hall.surveys.events.SurveyTopics;
import hall.testsupport.EventLog;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** E-evaluator ratings through the API, with case-service answering as a stub HTTP server. */
class RatingsApiTest extends ApiTestBase {

    private static String caseOf(String id, String window) {
        return json(Map.of("id", id, "windowCode", window, "departmentCode", "D-MKT", "contactRef", "case:" + id,
                "status", "COMPLETED", "matterCode", "MKT-IMM-001"));
    }

    private static Map<String, Object> rating(String caseId, String level, String reason) {
        Map<String, Object> m = new HashMap<>();
        m.put("caseId", caseId);
        m.put("level", level);
        m.put("reason", reason);
        return m;
    }

    @Test
    void anApplicantRatesItsOwnCaseOnceAndCaseServiceIsAskedWithTheApplicantsToken() throws Exception {
        StubServices.answer("/api/cases/C-OWN", 200, caseOf("C-OWN", "W01"));

        Answer rated = post("/api/evaluator-ratings", APPLICANT, json(rating("C-OWN", "VERY_SATISFIED", null)));

        assertThat(rated.status()).as(rated.body()).isEqualTo(201);
        assertThat(rated.json().get("channel").asString()).isEqualTo("ONLINE");
        assertThat(rated.json().get("windowCode").asString()).isEqualTo("W01");
        assertThat(rated.json().get("score").asInt()).isEqualTo(100);
        assertThat(StubServices.received("/api/cases/C-OWN")).extracting(StubServices.Received::authorization)
                .contains(APPLICANT);
        String id = rated.json().get("id").asString();
        EventLog.Event e = events().await(SurveyTopics.SURVEY_EVENTS, id, EvaluatorRatingRecorded.TYPE);
        assertThat(e.data().get("level").asString()).isEqualTo("VERY_SATISFIED");
        assertThat(e.data().get("windowCode").asString()).isEqualTo("W01");
        assertThat(e.data().get("departmentCode").asString()).isEqualTo("D-MKT");
        assertThat(e.data().get("score").asInt()).isEqualTo(100);

        Answer again = post("/api/evaluator-ratings", APPLICANT, json(rating("C-OWN", "SATISFIED", null)));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.fields()).containsExactly("caseId");
    }

    @Test
    void aBadDeviceRatingNeedsAReasonAndAsksForAFollowUpCallback() throws Exception {
        Answer noReason = post("/api/evaluator-ratings", CLERK_W01, json(rating("C-BAD", "UNSATISFIED", " ")));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.fields()).containsExactly("reason");

        Answer rated = post("/api/evaluator-ratings", CLERK_W01, json(rating("C-BAD", "UNSATISFIED", "等了两个小时")));
        assertThat(rated.status()).as(rated.body()).isEqualTo(201);
        assertThat(rated.json().get("channel").asString()).isEqualTo("DEVICE");
        assertThat(rated.json().get("score").asInt()).isZero();
        String id = rated.json().get("id").asString();

        EventLog.Event f = events().await(SurveyTopics.SURVEY_EVENTS, id, FollowUpRequested.TYPE);
        assertThat(f.data().get("reason").asString()).isEqualTo("BAD_RATING");
        assertThat(f.data().get("subjectRef").asString()).isEqualTo("rating:" + id);
        assertThat(f.data().get("caseId").asString()).isEqualTo("C-BAD");
        assertThat(f.data().get("contactRef").asString()).isEqualTo("case:C-BAD");
        assertThat(f.data().get("windowCode").asString()).isEqualTo("W01");
        assertThat(f.data().get("summary").asString()).contains("不满意").contains("等了两个小时");
        assertThat(events().await(SurveyTopics.SURVEY_EVENTS, id, EvaluatorRatingRecorded.TYPE)
                .data().get("score").asInt()).isZero();

        Answer good = post("/api/evaluator-ratings", CLERK_W01, json(rating(null, "SATISFIED", null)));
        assertThat(good.status()).isEqualTo(201);
        String goodId = good.json().get("id").asString();
        events().await(SurveyTopics.SURVEY_EVENTS, goodId, EvaluatorRatingRecorded.TYPE);
        assertThat(events().all(SurveyTopics.SURVEY_EVENTS, goodId)).extracting(EventLog.Event::type)
                .containsExactly(EvaluatorRatingRecorded.TYPE);
    }

    @Test
    void scopesAreKeptAndAFailedCaseLookupStoresNothing() throws Exception {
        long ratings = count("evaluator_rating");
        long outbox = count("outbox_event");
        StubServices.answer("/api/cases/C-OTHER", 403, "{\"title\":\"Forbidden\"}");
        StubServices.answer("/api/cases/C-DOWN", 503, "{\"title\":\"Unavailable\"}");

        assertThat(post("/api/evaluator-ratings", APPLICANT, json(rating("C-OTHER", "SATISFIED", null))).status())
                .isEqualTo(403);
        assertThat(post("/api/evaluator-ratings", APPLICANT, json(rating("C-NOPE", "SATISFIED", null))).status())
                .isEqualTo(404);
        Answer down = post("/api/evaluator-ratings", APPLICANT, json(rating("C-DOWN", "SATISFIED", null)));
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.json().get("type").asString()).isEqualTo("https://hall.example/problems/unavailable");
        assertThat(StubServices.received("/api/cases/C-DOWN")).hasSize(3);
        // 403 and 404 are answers: neither retried nor counted as failures of case-service
        assertThat(StubServices.received("/api/cases/C-OTHER")).hasSize(1);
        assertThat(breakers.circuitBreaker("case-service").getMetrics().getNumberOfFailedCalls()).isEqualTo(3);
        Map<String, Object> otherWindow = rating(null, "SATISFIED", null);
        otherWindow.put("windowCode", "W02");
        assertThat(post("/api/evaluator-ratings", CLERK_W01, json(otherWindow)).status()).isEqualTo(403);
        assertThat(post("/api/evaluator-ratings", AGENT, json(rating(null, "SATISFIED", null))).status()).isEqualTo(403);
        Answer badLevel = post("/api/evaluator-ratings", CLERK_W01, json(rating(null, "GREAT", null)));
        assertThat(badLevel.status()).isEqualTo(400);
        assertThat(post("/api/evaluator-ratings", APPLICANT, json(rating(null, "SATISFIED", null))).fields())
                .containsExactly("caseId");

        assertThat(count("evaluator_rating")).isEqualTo(ratings);
        assertThat(count("outbox_event")).isEqualTo(outbox);
    }
}
