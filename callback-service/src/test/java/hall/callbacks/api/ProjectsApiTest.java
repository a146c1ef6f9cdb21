package hall.callbacks.api;

import hall.testsupport.EventLog;
import hall.callbacks.events.CallbackTopics;
import hall.callbacks.events.OwnerRegistered;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Residential projects and owners through the API: answers, scopes, masking, the audit, events, bad input. */
class ProjectsApiTest extends ApiTestBase {

    private static Map<String, Object> owner(String building, String unit, String room, String name, String phone) {
        Map<String, Object> o = new HashMap<>();
        o.put("building", building);
        o.put("unit", unit);
        o.put("room", room);
        o.put("name", name);
        o.put("phone", phone);
        o.put("contactConsent", true);
        o.put("preferredContactTimes", "工作日晚上");
        return o;
    }

    private void createProject(String code) throws Exception {
        Answer a = post("/api/projects", ADMIN, json(Map.of("code", code, "name", "测试小区 " + code, "address", "测试路1号")));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
    }

    private static List<String> fields(Answer a) {
        List<String> fields = new ArrayList<>();
        a.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    @Test
    void theDemoProjectIsListedWithItsOwnersToStaffAndToItsManager() throws Exception {
        Answer all = get("/api/projects", AGENT);
        assertThat(all.status()).isEqualTo(200);
        JsonNode p01 = null;
        for (JsonNode p : all.json()) {
            if (p.get("code").asString().equals("P01")) {
                p01 = p;
            }
        }
        assertThat(p01).isNotNull();
        assertThat(p01.get("owners").asLong()).isEqualTo(12);
        assertThat(p01.get("name").asString()).isEqualTo("翠湖花园");

        Answer own = get("/api/projects", MANAGER_P01);
        assertThat(own.json()).hasSize(1);
        assertThat(own.json().get(0).get("code").asString()).isEqualTo("P01");
        assertThat(get("/api/projects/P01", MANAGER_P01).status()).isEqualTo(200);
        assertThat(get("/api/projects/P01", MANAGER_OTHER).status()).isEqualTo(403);
        assertThat(get("/api/projects/P01", CLERK).status()).isEqualTo(403);
        assertThat(get("/api/projects/P01", null).status()).isEqualTo(401);

        Answer unknown = get("/api/projects/NOPE", SUPERVISOR);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("type").asString()).isEqualTo("https://hall.example/problems/not-found");
    }

    @Test
    void ownersAreListedPageByPageWithNamesPhonesAndIdNumbersMasked() throws Exception {
        Answer page = get("/api/projects/P01/owners?page=1&size=5", AGENT);

        assertThat(page.status()).as(page.body()).isEqualTo(200);
        assertThat(page.json().get("total").asLong()).isEqualTo(12);
        assertThat(page.json().get("items")).hasSize(5);
        for (JsonNode o : page.json().get("items")) {
            assertThat(o.get("phone").asString()).matches("138\\*{4}\\d{4}");
            assertThat(o.get("name").asString()).matches("\\p{IsHan}\\*+");
            assertThat(o.get("contactRef").asString()).isEqualTo("owner:" + o.get("id").asString());
        }
        assertThat(page.body()).doesNotContain("1380013").doesNotContain("李秀英");
        Answer first = get("/api/projects/P01/owners?size=200", MANAGER_P01);
        assertThat(first.json().get("items")).hasSize(12);
        assertThat(first.json().get("items").get(0).get("building").asString()).isEqualTo("1");
        assertThat(first.body()).doesNotContain("110105196001011003").contains("1101**********1003");

        assertThat(get("/api/projects/P01/owners", MANAGER_OTHER).status()).isEqualTo(403);
        assertThat(get("/api/projects/P01/owners", CLERK).status()).isEqualTo(403);
        Answer badSize = get("/api/projects/P01/owners?size=0", AGENT);
        assertThat(badSize.status()).isEqualTo(400);
        assertThat(fields(badSize)).containsExactly("size");
    }

    @Test
    void fullContactIsForAgentsAndSupervisorsAndEveryReadIsAudited() throws Exception {
        createProject("P-AUDIT");
        Answer registered = post("/api/projects/P-AUDIT/owners", ADMIN,
                json(owner("5", "1", "701", "周文斌", "13800139901")));
        String id = registered.json().get("id").asString();
        String path = "/api/projects/P-AUDIT/owners/" + id + "/contact";

        Answer contact = get(path, AGENT);
        assertThat(contact.status()).as(contact.body()).isEqualTo(200);
        assertThat(contact.json().get("name").asString()).isEqualTo("周文斌");
        assertThat(contact.json().get("phone").asString()).isEqualTo("13800139901");
        assertThat(contact.json().get("preferredContactTimes").asString()).isEqualTo("工作日晚上");
        assertThat(contact.json().get("contactRef").asString()).isEqualTo("owner:" + id);
        assertThat(get(path, SUPERVISOR).status()).isEqualTo(200);

        assertThat(get(path, MANAGER_P01).status()).isEqualTo(403);
        assertThat(get(path, ADMIN).status()).isEqualTo(403);
        assertThat(get("/api/projects/P01/owners/" + id + "/contact", AGENT).status()).isEqualTo(404);

        List<Map<String, Object>> reads = jdbc.sql("""
                select reader_subject, reader_roles, subject_kind, read_at from contact_read
                where subject_id = :id order by id""").param("id", id).query().listOfRows();
        assertThat(reads).hasSize(2);
        assertThat(reads.get(0)).containsEntry("reader_subject", "agent-1").containsEntry("reader_roles", "CALLBACK_AGENT")
                .containsEntry("subject_kind", "owner");
        assertThat(reads.get(0).get("read_at")).isNotNull();
        assertThat(reads.get(1)).containsEntry("reader_subject", "sup-1").containsEntry("reader_roles", "SUPERVISOR");
    }

    @Test
    void registeringAnOwnerPublishesOwnerRegisteredWithAContactReferenceAndNoPhone() throws Exception {
        createProject("P-EVENT");
        Answer registered = post("/api/projects/P-EVENT/owners", ADMIN,
                json(owner("2", "3", "303", "吴美玲", "13800139902")));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String id = registered.json().get("id").asString();
        assertThat(registered.json().get("phone").asString()).isEqualTo("138****9902");

        EventLog.Event e = events().await(CallbackTopics.CALLBACK_EVENTS, id, OwnerRegistered.TYPE);

        assertThat(e.data().get("ownerId").asString()).isEqualTo(id);
        assertThat(e.data().get("projectCode").asString()).isEqualTo("P-EVENT");
        assertThat(e.data().get("building").asString()).isEqualTo("2");
        assertThat(e.data().get("room").asString()).isEqualTo("303");
        assertThat(e.data().get("contactRef").asString()).isEqualTo("owner:" + id);
        assertThat(e.data().get("contactConsent").asBoolean()).isTrue();
        assertThat(e.data().toString()).doesNotContain("13800139902").doesNotContain("吴美玲");
    }

    @Test
    void aPropertyManagerRegistersOwnersOfItsOwnProjectOnly() throws Exception {
        Answer own = post("/api/projects/P01/owners", MANAGER_P01, json(owner("9", "1", "101", "孙悦", "010-62345678")));
        assertThat(own.status()).as(own.body()).isEqualTo(201);

        long owners = count("project_owner");
        long outbox = count("outbox_event");
        assertThat(post("/api/projects/P01/owners", MANAGER_OTHER, json(owner("9", "1", "102", "孙悦", "13800139903")))
                .status()).isEqualTo(403);
        assertThat(post("/api/projects/P01/owners", AGENT, json(owner("9", "1", "103", "孙悦", "13800139903")))
                .status()).isEqualTo(403);
        assertThat(post("/api/projects", MANAGER_P01, json(Map.of("code", "P77", "name", "别人的", "address", "某路")))
                .status()).isEqualTo(403);
        assertThat(count("project_owner")).isEqualTo(owners);
        assertThat(count("outbox_event")).isEqualTo(outbox);
    }

    @Test
    void badInputIsNamedAndChangesNothing() throws Exception {
        createProject("P-BAD");
        assertThat(post("/api/projects/P-BAD/owners", ADMIN, json(owner("1", "1", "101", "陈志强", "13800139904")))
                .status()).isEqualTo(201);
        long projects = count("residential_project");
        long owners = count("project_owner");
        long outbox = count("outbox_event");

        Map<String, Object> bad = owner("1", "1", "102", " ", "12345");
        bad.put("idNumber", "123");
        Answer invalid = post("/api/projects/P-BAD/owners", ADMIN, json(bad));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().get("type").asString()).isEqualTo("https://hall.example/problems/validation");
        assertThat(fields(invalid)).containsExactly("name", "phone", "idNumber");

        Answer sameHousehold = post("/api/projects/P-BAD/owners", ADMIN,
                json(owner("1", "1", "101", "另一位", "13800139905")));
        assertThat(sameHousehold.status()).isEqualTo(409);
        assertThat(sameHousehold.json().get("type").asString()).isEqualTo("https://hall.example/problems/already-exists");
        assertThat(fields(sameHousehold)).containsExactly("household");

        Answer unknownProject = post("/api/projects/NOPE/owners", ADMIN, json(owner("1", "1", "101", "某人", "13800139906")));
        assertThat(unknownProject.status()).isEqualTo(404);
        assertThat(unknownProject.json().get("type").asString()).isEqualTo("https://hall.example/problems/not-found");

        Answer sameCode = post("/api/projects", ADMIN, json(Map.of("code", "P-BAD", "name", "重复", "address", "某路")));
        assertThat(sameCode.status()).isEqualTo(409);
        assertThat(fields(sameCode)).containsExactly("code");

        Answer badProject = post("/api/projects", ADMIN, json(Map.of("code", "p bad", "name", "", "address", "某路")));
        assertThat(badProject.status()).isEqualTo(400);
        assertThat(fields(badProject)).containsExactly("code", "name");

        Answer malformed = post("/api/projects", ADMIN, "{\"code\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.json().get("type").asString()).isEqualTo("https://hall.example/problems/malformed-json");

        assertThat(count("residential_project")).isEqualTo(projects);
        assertThat(count("project_owner")).isEqualTo(owners);
        assertThat(count("outbox_event")).isEqualTo(outbox);
    }
}
