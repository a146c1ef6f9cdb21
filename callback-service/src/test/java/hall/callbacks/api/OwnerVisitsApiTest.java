package hall.callbacks.api;

import hall.callbacks.events.CallbackTopics;
import hall.callbacks.events.ComplaintRaisedInCallback;
import hall.callbacks.events.OwnerIssueClosed;
import hall.callbacks.events.OwnerIssueEscalated;
import hall.callbacks.events.VisitCompleted;
import hall.callbacks.events.VisitPlanApproved;
import hall.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Owner visits through the API: a month's plan from the cadence rules, the manager's approval releasing its
 * visits, an issue raised on a visit escalated, assigned to a department, rectified, called back unsatisfied (next
 * round one level up), rectified again and closed when the owner is satisfied; service-order callbacks once per
 * order; complaints on a visit handed to case-service.
 */
class OwnerVisitsApiTest extends ApiTestBase {

    static final String PROJECT = "PV1";
    static final String MANAGER_PV1 = TestTokens.bearer("manager-pv1", List.of("PROPERTY_MANAGER"),
            Map.of("project", PROJECT));
    private static final List<String> owners = new ArrayList<>();

    @BeforeEach
    void project() throws Exception {
        synchronized (OwnerVisitsApiTest.class) {
            if (!owners.isEmpty()) {
                return;
            }
            assertCreated(post("/api/projects", ADMIN, json(Map.of("code", PROJECT, "name", "枫林苑", "address",
                    "高新区枫林路8号"))), "project");
            for (int i = 1; i <= 6; i++) {
                Map<String, Object> o = new HashMap<>(Map.of("building", "1", "unit", "1", "room", "10" + i,
                        "name", "业主" + i, "phone", "1380013990" + i, "contactConsent", i != 1));
                if (i == 2) {
                    o.put("preferredContactTimes", "中午12:30以后");
                }
                Answer a = post("/api/projects/" + PROJECT + "/owners", ADMIN, json(o));
                assertCreated(a, "owner");
                owners.add(a.json().get("id").asString());
            }
        }
    }

    private JsonNode issue(String id) throws Exception {
        Answer a = get("/api/problems/" + id, MANAGER_PV1);
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        return a.json();
    }

    private String reCallbackAnswered(String issueId, String overall, int daysAgo) throws Exception {
        String task = issue(issueId).get("reCallbackId").asString();
        assertThat(attempt(task, "REACHED", hallTime(daysAgo, 10, 0)).status()).isEqualTo(200);
        Answer answered = post("/api/callbacks/" + task + "/outcome", AGENT, json(answers(overall)));
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        return task;
    }

    @Test
    void aPlanIsApprovedAndAnOwnersIssueGoesRoundByRoundUntilTheOwnerIsSatisfied() throws Exception {
        String month = YearMonth.now(HALL).plusMonths(2).toString();
        Answer proposed = post("/api/visit-plans", AGENT, json(Map.of("project", PROJECT, "month", month)));
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        JsonNode plan = proposed.json();
        String planId = plan.get("id").asString();
        assertThat(plan.get("status").asString()).isEqualTo("PROPOSED");
        assertThat(plan.get("visits")).as("a third of six households").hasSize(2);
        JsonNode first = plan.get("visits").get(0);
        JsonNode second = plan.get("visits").get(1);
        assertThat(first.get("ownerId").asString()).isEqualTo(owners.get(0));
        assertThat(first.get("method").asString()).as("no consent: not phoned").isEqualTo("FACE_TO_FACE");
        assertThat(second.get("method").asString()).isEqualTo("PHONE");
        assertThat(second.get("plannedAt").asString()).as("out of the noon rest").startsWith("14:00");
        assertThat(LocalDate.parse(first.get("plannedOn").asString())).isBefore(
                LocalDate.parse(second.get("plannedOn").asString()));

        Answer again = post("/api/visit-plans", MANAGER_PV1, json(Map.of("project", PROJECT, "month", month)));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body()).contains("month");
        assertThat(get("/api/visits?project=" + PROJECT + "&status=PLANNED", AGENT).json())
                .as("only an approved plan releases visits").isEmpty();
        assertThat(post("/api/visit-plans/" + planId + "/decision", MANAGER_OTHER,
                json(Map.of("approved", true))).status()).isEqualTo(403);
        Answer noReason = post("/api/visit-plans/" + planId + "/decision", MANAGER_PV1,
                json(Map.of("approved", false)));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason");

        Answer approved = post("/api/visit-plans/" + planId + "/decision", MANAGER_PV1,
                json(Map.of("approved", true)));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(events().await(CallbackTopics.CALLBACK_EVENTS, planId, VisitPlanApproved.TYPE).data()
                .get("visitIds")).hasSize(2);
        assertThat(get("/api/visits?project=" + PROJECT + "&status=PLANNED", AGENT).json()).hasSize(2);

        String visitId = first.get("id").asString();
        Answer made = post("/api/visits/" + visitId + "/record", AGENT, json(Map.of("notes", "业主在家，当面沟通",
                "issues", List.of(
                        Map.of("category", "收费", "description", "物业费能否按季度缴纳", "answer", "可以，已告知缴费方式"),
                        Map.of("category", "维修", "description", "楼道灯不亮")))));
        assertThat(made.status()).as(made.body()).isEqualTo(200);
        assertThat(made.json().get("issueIds")).hasSize(2);
        JsonNode completed = events().await(CallbackTopics.CALLBACK_EVENTS, visitId, VisitCompleted.TYPE).data();
        assertThat(completed.get("issuesRaised").asInt()).isEqualTo(2);
        assertThat(completed.get("issuesEscalated").asInt()).isEqualTo(1);
        assertThat(post("/api/visits/" + visitId + "/record", AGENT, json(Map.of())).status())
                .as("a visit is recorded once").isEqualTo(422);

        List<String> ids = new ArrayList<>();
        made.json().get("issueIds").forEach(i -> ids.add(i.asString()));
        assertThat(issue(ids.get(0)).get("closedHow").asString()).isEqualTo("ANSWERED_ON_SPOT");
        String issueId = ids.get(1);
        assertThat(issue(issueId).get("status").asString()).isEqualTo("ESCALATED");
        assertThat(events().await(CallbackTopics.CALLBACK_EVENTS, issueId, OwnerIssueEscalated.TYPE).data()
                .get("escalationLevel").asString()).isEqualTo("CUSTOMER_SERVICE_SUPERVISOR");

        Answer badDepartment = post("/api/problems/" + issueId + "/assignment", MANAGER_PV1,
                json(Map.of("department", "PLUMBING")));
        assertThat(badDepartment.status()).isEqualTo(400);
        assertThat(badDepartment.body()).contains("department");
        assertThat(post("/api/problems/" + issueId + "/assignment", MANAGER_OTHER,
                json(Map.of("department", "ENGINEERING"))).status()).isEqualTo(403);
        Answer assigned = post("/api/problems/" + issueId + "/assignment", MANAGER_PV1,
                json(Map.of("department", "ENGINEERING")));
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        assertThat(assigned.json().get("status").asString()).isEqualTo("OPEN");
        assertThat(assigned.json().get("dueDate").isNull()).as("due on deadline-service's calendar").isFalse();

        assertThat(post("/api/problems/" + issueId + "/rectification", MANAGER_PV1,
                json(Map.of("measures", "工程部已更换灯具"))).status()).isEqualTo(200);
        String firstCall = reCallbackAnswered(issueId, "UNSATISFIED", 1);
        JsonNode reopened = issue(issueId);
        assertThat(reopened.get("round").asInt()).isEqualTo(2);
        assertThat(reopened.get("level").asString()).isEqualTo("PROJECT_MANAGER");
        assertThat(reopened.get("departmentCode").asString()).isEqualTo("ENGINEERING");
        assertThat(get("/api/callbacks/" + firstCall, AGENT).json().get("contactRef").asString())
                .isEqualTo("owner:" + owners.get(0));

        assertThat(post("/api/problems/" + issueId + "/rectification", MANAGER_PV1,
                json(Map.of("measures", "工程部更换了线路"))).status()).isEqualTo(200);
        reCallbackAnswered(issueId, "SATISFIED", 1);
        JsonNode closed = issue(issueId);
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("closedHow").asString()).isEqualTo("SATISFIED_CALLBACK");
        JsonNode closedEvent = events().await(CallbackTopics.CALLBACK_EVENTS, issueId, OwnerIssueClosed.TYPE).data();
        assertThat(closedEvent.get("rounds").asInt()).isEqualTo(2);
        assertThat(closedEvent.get("departmentCode").asString()).isEqualTo("ENGINEERING");

        String thisMonth = YearMonth.now(HALL).toString();
        JsonNode report = get("/api/visit-reports?project=" + PROJECT + "&month=" + thisMonth, MANAGER_PV1).json();
        assertThat(report.get("visitsMade").asInt()).as(report.toString()).isGreaterThanOrEqualTo(1);
        assertThat(report.get("closedSatisfied").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(report.get("answeredOnSpot").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(report.get("signedOff").isNull()).isTrue();
        Map<String, Object> signOff = Map.of("project", PROJECT, "month", thisMonth, "note", "已审阅");
        assertThat(post("/api/visit-reports/sign-off", MANAGER_PV1, json(signOff)).status()).isEqualTo(403);
        Answer signed = post("/api/visit-reports/sign-off", SUPERVISOR, json(signOff));
        assertThat(signed.status()).as(signed.body()).isEqualTo(201);
        assertThat(signed.json().get("signedOff").get("signedBy").asString()).isEqualTo("sup-1");
        assertThat(post("/api/visit-reports/sign-off", SUPERVISOR, json(signOff)).status()).isEqualTo(409);

        JsonNode statistics = get("/api/owner-issue-statistics?project=" + PROJECT + "&year="
                + LocalDate.now(HALL).getYear(), MANAGER_PV1).json();
        assertThat(statistics.get("raised").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(statistics.get("solved").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(statistics.toString()).contains("ENGINEERING");
        assertThat(get("/api/owner-issue-statistics?project=" + PROJECT + "&year=2026&format=csv", MANAGER_PV1)
                .body()).startsWith("group,key,raised,solved,unsolved");
        assertThat(get("/api/owner-issue-statistics?project=" + PROJECT + "&year=2026", MANAGER_OTHER).status())
                .isEqualTo(403);
    }

    @Test
    void aFinishedServiceOrderIsCalledBackOnceAndAComplaintOnAVisitGoesToTheComplaintProcess() throws Exception {
        Map<String, Object> order = Map.of("project", PROJECT, "ownerId", owners.get(3), "kind", "REPAIR_ORDER",
                "summary", "厨房水管漏水已修复");
        Answer created = post("/api/service-orders/WO-2026-0042/completion", MANAGER_PV1, json(order));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Answer repeated = post("/api/service-orders/WO-2026-0042/completion", MANAGER_PV1, json(order));
        assertThat(repeated.status()).isEqualTo(200);
        assertThat(repeated.json().get("id").asString()).isEqualTo(created.json().get("id").asString());
        assertThat(post("/api/service-orders/WO-2026-0043/completion", MANAGER_OTHER, json(order)).status())
                .isEqualTo(403);

        String visitId = created.json().get("id").asString();
        long issuesBefore = count("problem");
        Answer bad = post("/api/visits/" + visitId + "/record", AGENT, json(Map.of("issues", List.of(
                Map.of("category", "维修", "description", "维修后仍有渗水"), Map.of("description", "没有类别")))));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("issues[1].category");
        assertThat(count("problem")).as("nothing stored").isEqualTo(issuesBefore);

        Answer made = post("/api/visits/" + visitId + "/record", AGENT, json(Map.of("method", "PHONE", "issues",
                List.of(Map.of("description", "维修人员态度恶劣", "complaint", true)))));
        assertThat(made.status()).as(made.body()).isEqualTo(200);
        String complaintId = made.json().get("complaintIds").get(0).asString();
        JsonNode raised = events().await(CallbackTopics.CALLBACK_EVENTS, complaintId,
                ComplaintRaisedInCallback.TYPE).data();
        assertThat(raised.get("subjectType").asString()).isEqualTo("PROPERTY_SERVICE");
        assertThat(raised.get("subjectRef").asString()).isEqualTo(PROJECT);
        assertThat(raised.get("contactRef").asString()).isEqualTo("owner:" + owners.get(3));
    }
}
