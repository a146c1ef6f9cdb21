package hall.callbacks.api;

import hall.cases.events.CaseTopics;
import hall.cases.events.ComplaintResolved;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * case-service's {@code ComplaintResolved}, published as case-service does: a property complaint an owner raised on
 * a visit becomes exactly one COMPLAINT visit of that owner (and no hall callback task), however often it comes; a
 * hall complaint, and a property complaint no visit raised, stay hall complaint callbacks.
 */
class ComplaintVisitsApiTest extends ApiTestBase {

    static final String PROJECT = "PC1";
    static final Instant RESOLVED = Instant.parse("2026-11-27T08:00:00Z");
    private static final List<String> owners = new ArrayList<>();

    @BeforeEach
    void project() throws Exception {
        synchronized (ComplaintVisitsApiTest.class) {
            if (!owners.isEmpty()) {
                return;
            }
            assertCreated(post("/api/projects", ADMIN, json(Map.of("code", PROJECT, "name", "松涛苑", "address",
                    "滨江区松涛路3号"))), "project");
            Answer a = post("/api/projects/" + PROJECT + "/owners", ADMIN, json(Map.of("building", "2", "unit", "1",
                    "room", "501", "name", "赵业主", "phone", "13800139901", "contactConsent", true,
                    "preferredContactTimes", "晚上7点后")));
            assertCreated(a, "owner");
            owners.add(a.json().get("id").asString());
        }
    }

    /** A complaint the owner raised on a visit made today; returns the complaint's id (case-service files it so). */
    private String complaintRaisedOnAVisit() throws Exception {
        Answer visit = post("/api/visits", AGENT, json(Map.of("project", PROJECT, "ownerId", owners.get(0),
                "method", "FACE_TO_FACE", "plannedOn", LocalDate.now(HALL).toString(), "content", "漏水专项走访",
                "purpose", "了解漏水处理情况")));
        assertThat(visit.status()).as(visit.body()).isEqualTo(201);
        Answer made = post("/api/visits/" + visit.json().get("id").asString() + "/record", AGENT, json(Map.of(
                "issues", List.of(Map.of("description", "维修人员态度恶劣", "complaint", true)))));
        assertThat(made.status()).as(made.body()).isEqualTo(200);
        return made.json().get("complaintIds").get(0).asString();
    }

    private long handled(List<String> eventIds) {
        return jdbc.sql("select count(*) from processed_event where consumer = 'callback-complaints'"
                + " and event_id in (:ids)").param("ids", eventIds).query(Long.class).single();
    }

    private long hallTasks(String complaintId) {
        return jdbc.sql("select count(*) from callback_task where source_ref = :ref")
                .param("ref", "complaint:" + complaintId).query(Long.class).single();
    }

    private List<JsonNode> complaintVisits(String complaintId) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode v : get("/api/visits?project=" + PROJECT, AGENT).json()) {
            if (("complaint:" + complaintId).equals(v.get("sourceRef").asString(null))) {
                found.add(v);
            }
        }
        return found;
    }

    @Test
    void aResolvedPropertyComplaintBecomesOneComplaintVisitWhoseIssuesEnterTheOwnerIssueLoop() throws Exception {
        String complaintId = complaintRaisedOnAVisit();
        ComplaintResolved resolved = new ComplaintResolved(complaintId, "PROPERTY_SERVICE", PROJECT,
                "已更换维修人员并上门致歉", "complaint:" + complaintId, true, RESOLVED);
        String first = UUID.randomUUID().toString();
        String again = UUID.randomUUID().toString();
        publish(CaseTopics.COMPLAINT_EVENTS, first, complaintId, ComplaintResolved.TYPE, resolved);
        publish(CaseTopics.COMPLAINT_EVENTS, first, complaintId, ComplaintResolved.TYPE, resolved);
        publish(CaseTopics.COMPLAINT_EVENTS, again, complaintId, ComplaintResolved.TYPE, resolved);

        await().untilAsserted(() -> assertThat(handled(List.of(first, again))).isEqualTo(2));
        List<JsonNode> visits = complaintVisits(complaintId);
        assertThat(visits).as("one follow-up per complaint, however often it comes").hasSize(1);
        JsonNode visit = visits.getFirst();
        assertThat(visit.get("kind").asString()).isEqualTo("COMPLAINT");
        assertThat(visit.get("status").asString()).isEqualTo("PLANNED");
        assertThat(visit.get("ownerId").asString()).isEqualTo(owners.get(0));
        assertThat(visit.get("method").asString()).isEqualTo("PHONE");
        // resolved on Friday 2026-11-27 (hall time): one working day later is Monday 2026-11-30
        assertThat(visit.get("plannedOn").asString()).isEqualTo("2026-11-30");
        assertThat(visit.get("plannedAt").asString()).as("the owner's preferred time").startsWith("19:00");
        assertThat(visit.get("content").asString()).isEqualTo("投诉回访：已更换维修人员并上门致歉");
        assertThat(hallTasks(complaintId)).as("no hall callback task as well").isZero();

        Answer made = post("/api/visits/" + visit.get("id").asString() + "/record", AGENT, json(Map.of("method",
                "PHONE", "issues", List.of(Map.of("category", "维修", "description", "楼道仍有积水")))));
        assertThat(made.status()).as(made.body()).isEqualTo(200);
        JsonNode issue = get("/api/problems/" + made.json().get("issueIds").get(0).asString(), SUPERVISOR).json();
        assertThat(issue.get("status").asString()).isEqualTo("ESCALATED");
        assertThat(issue.get("owner").get("visitId").asString()).isEqualTo(visit.get("id").asString());
    }

    @Test
    void aHallComplaintAndAPropertyComplaintNoVisitRaisedStayHallComplaintCallbacks() throws Exception {
        String hall = UUID.randomUUID().toString();
        String property = UUID.randomUUID().toString();
        String hallEvent = UUID.randomUUID().toString();
        String propertyEvent = UUID.randomUUID().toString();
        publish(CaseTopics.COMPLAINT_EVENTS, hallEvent, hall, ComplaintResolved.TYPE, new ComplaintResolved(hall,
                "WINDOW", "W-CV1", "已约谈窗口负责人", "complaint:" + hall, true, RESOLVED));
        publish(CaseTopics.COMPLAINT_EVENTS, propertyEvent, property, ComplaintResolved.TYPE,
                new ComplaintResolved(property, "PROPERTY_SERVICE", PROJECT, "已整改", "complaint:" + property, true,
                        RESOLVED));

        await().untilAsserted(() -> assertThat(handled(List.of(hallEvent, propertyEvent))).isEqualTo(2));
        assertThat(hallTasks(hall)).isEqualTo(1);
        JsonNode task = get("/api/callbacks?window=W-CV1", SUPERVISOR).json().get(0);
        assertThat(task.get("kind").asString()).isEqualTo("COMPLAINT");
        assertThat(task.get("contactRef").asString()).isEqualTo("complaint:" + hall);
        assertThat(hallTasks(property)).as("no household known: the hall calls the complainant back").isEqualTo(1);
        assertThat(complaintVisits(hall)).isEmpty();
        assertThat(complaintVisits(property)).isEmpty();
    }
}
