package hall.callbacks.api;

import hall.callbacks.events.AccessGranted;
import hall.callbacks.events.CallbackTopics;
import hall.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The records of a project are kept by a named custodian; another department reads them only under an access
 * request granted by the project's manager (or a supervisor), and every such read is audited.
 */
class RecordsCustodyApiTest extends ApiTestBase {

    static final String FINANCE = TestTokens.bearer("officer-fin", List.of("DEPARTMENT_OFFICER"),
            Map.of("department", "FINANCE"));
    static final String LEGAL = TestTokens.bearer("officer-legal", List.of("DEPARTMENT_OFFICER"),
            Map.of("department", "LEGAL"));

    private long reads() {
        return jdbc.sql("select count(*) from records_read where project_code = 'P01'").query(Long.class).single();
    }

    private String ask(String token, String purpose) throws Exception {
        Answer a = post("/api/access-requests", token, json(Map.of("project", "P01", "purpose", purpose, "days", 2)));
        assertThat(a.status()).as(a.body()).isEqualTo(201);
        assertThat(a.json().get("status").asString()).isEqualTo("REQUESTED");
        return a.json().get("id").asString();
    }

    @Test
    void aDeniedRequestReadsNothingAndAGrantedOneReadsForItsTimeAudited() throws Exception {
        Answer custodian = send(request("/api/projects/P01/records-custodian", MANAGER_P01)
                .header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(json(Map.of("custodian", "客服部 王敏"))))
                .build());
        assertThat(custodian.status()).as(custodian.body()).isEqualTo(200);
        assertThat(get("/api/projects/P01/records", FINANCE).status()).as("no request, no records").isEqualTo(403);

        String denied = ask(LEGAL, "核对合同纠纷");
        assertThat(post("/api/access-requests/" + denied + "/decision", MANAGER_OTHER,
                json(Map.of("approved", true))).status()).as("another project's manager").isEqualTo(403);
        Answer deny = post("/api/access-requests/" + denied + "/decision", MANAGER_P01,
                json(Map.of("approved", false, "reason", "与本项目回访无关")));
        assertThat(deny.status()).as(deny.body()).isEqualTo(200);
        assertThat(deny.json().get("status").asString()).isEqualTo("DENIED");
        long before = reads();
        assertThat(get("/api/projects/P01/records", LEGAL).status()).isEqualTo(403);

        String granted = ask(FINANCE, "年终考核核对回访记录");
        assertThat(get("/api/projects/P01/records", FINANCE).status()).as("not decided yet").isEqualTo(403);
        Answer grant = post("/api/access-requests/" + granted + "/decision", MANAGER_P01,
                json(Map.of("approved", true)));
        assertThat(grant.status()).as(grant.body()).isEqualTo(200);
        JsonNode event = events().await(CallbackTopics.CALLBACK_EVENTS, granted, AccessGranted.TYPE).data();
        assertThat(event.get("requestedBy").asString()).isEqualTo("officer-fin");
        assertThat(event.get("department").asString()).isEqualTo("FINANCE");

        Answer read = get("/api/projects/P01/records", FINANCE);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().get("custodian").asString()).isEqualTo("客服部 王敏");
        assertThat(read.json().get("readUnder").asString()).isEqualTo(granted);
        assertThat(read.body()).doesNotContain("1380013");
        assertThat(reads()).as("the denied read is not counted, the granted one is").isEqualTo(before + 1);
        assertThat(get("/api/projects/P01/records", LEGAL).status()).as("a grant is its requester's only")
                .isEqualTo(403);
        assertThat(get("/api/projects/P01/records", AGENT).json().get("readUnder").isNull())
                .as("customer service reads directly").isTrue();
        assertThat(reads()).isEqualTo(before + 1);
        assertThat(get("/api/access-requests?project=P01", MANAGER_P01).json()).hasSizeGreaterThanOrEqualTo(2);
    }
}
