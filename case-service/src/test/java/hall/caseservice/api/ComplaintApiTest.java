package hall.caseservice.api;

import hall.callbacks.events.CallbackTopics;
import hall.callbacks.events.ComplaintRaisedInCallback;
import hall.cases.events.CaseTopics;
import hall.cases.events.ComplaintFiled;
import hall.cases.events.ComplaintResolved;
import hall.testsupport.TestTokens;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ComplaintApiTest extends ApiTestBase {

    @Test
    void complaintIsFiledResolvedOnceAndPublished() throws Exception {
        Answer filed = post("/api/complaints", APPLICANT_A, """
                {"subjectType":"WINDOW","subjectRef":"W-MKT-01","description":"窗口人员推诿",
                 "complainantName":"王小明","complainantPhone":"13812345678","callbackConsent":true}""");
        assertThat(filed.status()).isEqualTo(201);
        String id = filed.json().get("id").asString();
        assertThat(filed.json().get("complainantPhone").asString()).isEqualTo("138****5678");
        var event = events().await(CaseTopics.COMPLAINT_EVENTS, id, ComplaintFiled.TYPE).data();
        assertThat(event.get("subjectRef").asString()).isEqualTo("W-MKT-01");
        assertThat(event.toString()).doesNotContain("13812345678");

        assertThat(get("/api/complaints/" + id, APPLICANT_B).status()).isEqualTo(403);
        assertThat(get("/api/complaints/" + id, APPLICANT_A).status()).isEqualTo(200);
        assertThat(post("/api/complaints/" + id + "/resolution", CLERK_W1, "{\"outcome\":\"x\"}").status())
                .isEqualTo(403);
        assertThat(post("/api/complaints/" + id + "/resolution", SUPERVISOR, "{\"outcome\":\"\"}").status())
                .isEqualTo(400);
        Answer resolved = post("/api/complaints/" + id + "/resolution", SUPERVISOR,
                "{\"outcome\":\"已约谈窗口负责人并整改\"}");
        assertThat(resolved.json().get("status").asString()).isEqualTo("RESOLVED");
        var r = events().await(CaseTopics.COMPLAINT_EVENTS, id, ComplaintResolved.TYPE).data();
        assertThat(r.get("callbackConsent").asBoolean()).isTrue();
        assertThat(r.get("contactRef").asString()).isEqualTo("complaint:" + id);
        Answer again = post("/api/complaints/" + id + "/resolution", SUPERVISOR, "{\"outcome\":\"再次\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("state").asString()).isEqualTo("RESOLVED");

        JsonNode list = get("/api/complaints?subjectType=WINDOW&subjectRef=W-MKT-01&status=RESOLVED", SUPERVISOR)
                .json();
        assertThat(list.get("items").toString()).contains(id);
        assertThat(get("/api/complaints", APPLICANT_B).json().get("total").asLong()).isZero();
        assertThat(get("/api/complaints/" + id + "/contact", AGENT).json().get("phone").asString())
                .isEqualTo("13812345678");
        assertThat(jdbc.sql("select count(*) from contact_read where subject_kind = 'complaint' and subject_id = :id")
                .param("id", id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void complaintAboutAnUnknownSubjectIsRefused() throws Exception {
        long before = count("complaint");
        Answer a = post("/api/complaints", APPLICANT_A,
                "{\"subjectType\":\"CASE\",\"subjectRef\":\"no-such-case\",\"description\":\"x\"}");
        assertThat(a.status()).isEqualTo(422);
        assertThat(a.json().get("errors").get(0).get("field").asString()).isEqualTo("subjectRef");
        Answer phone = post("/api/complaints", APPLICANT_A, "{\"subjectType\":\"PROPERTY_SERVICE\","
                + "\"subjectRef\":\"小区A\",\"description\":\"x\",\"complainantPhone\":\"123\"}");
        assertThat(phone.status()).isEqualTo(400);
        assertThat(count("complaint")).isEqualTo(before);
    }

    private static final String MANAGER_P01 = TestTokens.bearer("pm-p01", List.of("PROPERTY_MANAGER"),
            Map.of("project", "P01"));

    private String fileAbout(String type, String ref) throws Exception {
        Answer filed = post("/api/complaints", APPLICANT_A, "{\"subjectType\":\"" + type + "\",\"subjectRef\":\""
                + ref + "\",\"description\":\"物业服务差\"}");
        assertThat(filed.status()).as(filed.body()).isEqualTo(201);
        return filed.json().get("id").asString();
    }

    @Test
    void propertyManagerReadsAndResolvesOnlyItsOwnProjectsPropertyComplaints() throws Exception {
        String own = fileAbout("PROPERTY_SERVICE", "P01");
        String otherProject = fileAbout("PROPERTY_SERVICE", "P02");
        String window = fileAbout("WINDOW", "W-MKT-01");

        assertThat(get("/api/complaints/" + own, MANAGER_P01).status()).isEqualTo(200);
        assertThat(get("/api/complaints/" + otherProject, MANAGER_P01).status()).isEqualTo(403);
        assertThat(get("/api/complaints/" + window, MANAGER_P01).status()).isEqualTo(403);

        String listed = get("/api/complaints?size=200", MANAGER_P01).json().get("items").toString();
        assertThat(listed).contains(own).doesNotContain(otherProject).doesNotContain(window);
        assertThat(get("/api/complaints?subjectType=WINDOW", MANAGER_P01).status()).isEqualTo(403);
        assertThat(get("/api/complaints?subjectType=PROPERTY_SERVICE&subjectRef=P02", MANAGER_P01).status())
                .isEqualTo(403);
        assertThat(get("/api/complaints?size=200", SUPERVISOR).json().get("items").toString())
                .contains(own, otherProject, window);

        assertThat(post("/api/complaints/" + otherProject + "/resolution", MANAGER_P01, "{\"outcome\":\"已处理\"}")
                .status()).isEqualTo(403);
        assertThat(post("/api/complaints/" + window + "/resolution", MANAGER_P01, "{\"outcome\":\"已处理\"}")
                .status()).isEqualTo(403);
        assertThat(get("/api/complaints/" + otherProject, SUPERVISOR).json().get("status").asString()).isEqualTo("OPEN");
        assertThat(post("/api/complaints/" + own + "/resolution", MANAGER_P01, "{\"outcome\":\"已维修\"}").status())
                .isEqualTo(200);
    }

    @Test
    void aComplaintRaisedInACallbackIsFiledOnceWithTheCasesApplicantAndNamesTheCallback() throws Exception {
        String caseId = submit("MKT-IMM-001", "W-MKT-01", List.of("FORM", "LICENSE", "ID"), CLERK_W1);
        String requestId = UUID.randomUUID().toString();
        ComplaintRaisedInCallback raised = new ComplaintRaisedInCallback(requestId, "cb-42", caseId, "W-MKT-01",
                "D-MKT", "CASE", caseId, "窗口人员要求提供清单外材料", "case:" + caseId, "agent-1", Instant.now());

        publishEvent(CallbackTopics.CALLBACK_EVENTS, "/callback-service", UUID.randomUUID().toString(), requestId,
                ComplaintRaisedInCallback.TYPE, raised);
        publishEvent(CallbackTopics.CALLBACK_EVENTS, "/callback-service", UUID.randomUUID().toString(), requestId,
                ComplaintRaisedInCallback.TYPE, raised);

        JsonNode filed = events().await(CaseTopics.COMPLAINT_EVENTS, requestId, ComplaintFiled.TYPE).data();
        assertThat(filed.get("description").asString()).contains("cb-42", "窗口人员要求提供清单外材料");
        assertThat(filed.get("subjectRef").asString()).isEqualTo(caseId);
        Answer complaint = get("/api/complaints/" + requestId, SUPERVISOR);
        assertThat(complaint.status()).isEqualTo(200);
        assertThat(get("/api/complaints/" + requestId + "/contact", AGENT).json().get("phone").asString())
                .isEqualTo("13812345678");
        assertThat(jdbc.sql("select count(*) from complaint where id = :id").param("id", requestId)
                .query(Long.class).single()).isEqualTo(1);
    }
}
