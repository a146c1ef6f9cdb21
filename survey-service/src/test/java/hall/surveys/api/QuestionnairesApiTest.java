package hall.surveys.api;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Questionnaire templates through the API: demo templates, versions, immutability, roles, bad input. */
class QuestionnairesApiTest extends ApiTestBase {

    private static Map<String, Object> question(String code, String kind, String department) {
        return Map.of("code", code, "text", "问题 " + code, "kind", kind, "department", department, "required", true);
    }

    @Test
    void theDemoTemplatesArePublishedInChineseWithDepartmentTags() throws Exception {
        Answer owner = get("/api/questionnaires/OWNER-ANNUAL/versions/1", APPLICANT);
        assertThat(owner.status()).as(owner.body()).isEqualTo(200);
        assertThat(owner.json().get("published").asBoolean()).isTrue();
        assertThat(owner.json().get("title").asString()).isEqualTo("业主满意度年度调查问卷");
        List<String> departments = owner.json().get("questions").valueStream()
                .map(q -> q.get("department").asString()).distinct().toList();
        assertThat(departments).containsExactly("ENGINEERING", "ORDER_SECURITY", "CLEANING", "GENERAL_AFFAIRS",
                "CUSTOMER_SERVICE");
        JsonNode first = owner.json().get("questions").get(0);
        assertThat(first.get("options").valueStream().map(JsonNode::asString).toList())
                .containsExactly("满意", "基本满意", "不满意");

        Answer hall = get("/api/questionnaires/HALL-ONSITE/versions/1", CLERK_W01);
        assertThat(hall.json().get("questions").valueStream()
                .filter(q -> q.get("kind").asString().equals("SINGLE_CHOICE")).count()).isEqualTo(6);
    }

    @Test
    void aPublishedVersionIsImmutableAndAChangeMakesANewVersion() throws Exception {
        Map<String, Object> body = Map.of("code", "Q-VERSIONS", "title", "试用问卷", "purpose", "OWNER_ANNUAL",
                "questions", List.of(question("A", "SINGLE_CHOICE", "CLEANING")));
        assertThat(created(post("/api/questionnaires", AGENT, json(body))).json().get("published").asBoolean()).isFalse();
        Map<String, Object> revision = Map.of("title", "试用问卷（修订）",
                "questions", List.of(question("A", "SINGLE_CHOICE", "CLEANING"), question("B", "RATING", "ENGINEERING")));
        Answer revised = put("/api/questionnaires/Q-VERSIONS/versions/1", AGENT, json(revision));
        assertThat(revised.status()).as(revised.body()).isEqualTo(200);
        assertThat(revised.json().get("questions")).hasSize(2);

        assertThat(post("/api/questionnaires/Q-VERSIONS/versions/1/publication", AGENT, "").status()).isEqualTo(200);
        Answer refused = put("/api/questionnaires/Q-VERSIONS/versions/1", AGENT, json(Map.of("title", "改",
                "questions", List.of(question("C", "TEXT", "CLEANING")))));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.fields()).containsExactly("version");
        assertThat(post("/api/questionnaires/Q-VERSIONS/versions/1/publication", AGENT, "").status()).isEqualTo(409);

        Answer v2 = created(post("/api/questionnaires/Q-VERSIONS/versions", AGENT,
                json(Map.of("questions", List.of(question("C", "TEXT", "CLEANING"))))));
        assertThat(v2.json().get("version").asInt()).isEqualTo(2);
        assertThat(v2.json().get("title").asString()).isEqualTo("试用问卷（修订）");
        Answer v1 = get("/api/questionnaires/Q-VERSIONS/versions/1", AGENT);
        assertThat(v1.json().get("questions")).hasSize(2);
        assertThat(get("/api/questionnaires/Q-VERSIONS/versions", AGENT).json()).hasSize(2);
    }

    @Test
    void onlyStaffMaintainQuestionnaires() throws Exception {
        Map<String, Object> body = Map.of("code", "Q-ROLES", "title", "问卷", "purpose", "HALL_ONSITE",
                "questions", List.of(question("A", "SINGLE_CHOICE", "WINDOW")));
        assertThat(post("/api/questionnaires", APPLICANT, json(body)).status()).isEqualTo(403);
        assertThat(post("/api/questionnaires", CLERK_W01, json(body)).status()).isEqualTo(403);
        assertThat(post("/api/questionnaires", null, json(body)).status()).isEqualTo(401);
        assertThat(get("/api/questionnaires/Q-ROLES/versions/1", AGENT).status()).isEqualTo(404);
    }

    @Test
    void badInputNamesEachFieldAndStoresNothing() throws Exception {
        long before = count("questionnaire");
        Map<String, Object> badOptions = Map.of("code", "B", "text", "问题", "kind", "SINGLE_CHOICE",
                "department", "CLEANING", "required", true, "options", List.of("是"));
        Map<String, Object> textWithOptions = Map.of("code", "B", "text", "问题", "kind", "TEXT",
                "department", "bad tag!", "required", false, "options", List.of("是", "否"));
        Answer bad = post("/api/questionnaires", AGENT, json(Map.of("code", "bad code", "title", " ",
                "purpose", "OWNER_ANNUAL", "questions", List.of(badOptions, textWithOptions))));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.fields()).containsExactly("code", "title", "questions[0].options", "questions[1].code",
                "questions[1].department", "questions[1].options");

        Answer none = post("/api/questionnaires", AGENT, json(Map.of("code", "Q-NONE", "title", "空",
                "purpose", "OWNER_ANNUAL", "questions", List.of())));
        assertThat(none.fields()).containsExactly("questions");
        Answer badKind = post("/api/questionnaires", AGENT, "{\"code\":\"Q-K\",\"title\":\"t\",\"purpose\":\"NOPE\"}");
        assertThat(badKind.status()).isEqualTo(400);
        Answer taken = post("/api/questionnaires", AGENT, json(Map.of("code", "OWNER-ANNUAL", "title", "重复",
                "purpose", "OWNER_ANNUAL", "questions", List.of(question("A", "TEXT", "CLEANING")))));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.fields()).containsExactly("code");
        assertThat(count("questionnaire")).isEqualTo(before);
    }
}
