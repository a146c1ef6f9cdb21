package hall.callbacks.api;

import hall.callbacks.RemoteServicesStub;
import hall.callbacks.customers.application.CustomerCallbacks;
import hall.callbacks.events.CallbackTopics;
import hall.callbacks.events.CustomerCallbackDue;
import hall.callbacks.shared.remote.WorkingCalendar;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A company's customer project: its after-sales and maintenance callbacks scheduled from its dates, shown as due,
 * upcoming or overdue, announced once when due, made once; a regular plan scheduled only once the supervisor approves
 * it; a handled complaint called back once, within the working days the calendar gives.
 */
class CustomerCallbacksApiTest extends ApiTestBase {

    @Autowired
    CustomerCallbacks customerCallbacks;
    @Autowired
    CircuitBreakerRegistry breakers;

    @Test
    void theScheduleShowsWhatIsDueUpcomingAndOverdueAndAnnouncesTheDueOnesOnce() throws Exception {
        LocalDate today = LocalDate.now(HALL);
        Map<String, Object> body = new HashMap<>(Map.of("customer", "华源科技有限公司",
                "acceptedOn", today.minusMonths(6).minusDays(10).toString(),
                "handedOverOn", today.minusDays(3).toString(), "warrantyMonths", 12,
                "convenientTimes", "工作日 14:00-17:00"));
        assertThat(post("/api/customer-projects", MANAGER_P01, json(body)).status()).isEqualTo(403);
        body.put("warrantyMonths", 200);
        Answer bad = post("/api/customer-projects", AGENT, json(body));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("warrantyMonths");
        body.put("warrantyMonths", 12);

        Answer created = post("/api/customer-projects", AGENT, json(body));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String project = created.json().get("id").asString();
        Map<String, String> states = new HashMap<>();
        for (JsonNode c : created.json().get("callbacks")) {
            states.put(c.get("kind").asString() + "#" + c.get("seq").asInt(), c.get("state").asString());
        }
        assertThat(states).containsEntry("AFTER_SALES#1", "OVERDUE").containsEntry("AFTER_SALES#2", "OVERDUE")
                .containsEntry("AFTER_SALES#3", "UPCOMING").containsEntry("MAINTENANCE#1", "DUE").hasSize(4);

        customerCallbacks.announceDue();
        JsonNode due = get("/api/callback-plans?customerProject=" + project + "&state=DUE", AGENT).json();
        assertThat(due).hasSize(1);
        String maintenance = due.get(0).get("id").asString();
        assertThat(events().await(CallbackTopics.CALLBACK_EVENTS, maintenance, CustomerCallbackDue.TYPE).data()
                .get("convenientTimes").asString()).isEqualTo("工作日 14:00-17:00");
        customerCallbacks.announceDue();
        assertThat(events().all(CallbackTopics.CALLBACK_EVENTS, maintenance)).as("announced once").hasSize(1);

        Answer made = post("/api/callback-plans/" + maintenance + "/completion", AGENT,
                json(Map.of("notes", "客户对维护过程满意")));
        assertThat(made.status()).as(made.body()).isEqualTo(200);
        assertThat(made.json().get("state").asString()).isEqualTo("DONE");
        assertThat(post("/api/callback-plans/" + maintenance + "/completion", AGENT, json(Map.of())).status())
                .isEqualTo(422);
    }

    private String customerProject(String customer, String convenientTimes) throws Exception {
        LocalDate today = LocalDate.now(HALL);
        Answer created = post("/api/customer-projects", AGENT, json(Map.of("customer", customer,
                "acceptedOn", today.minusDays(10).toString(), "warrantyMonths", 0,
                "convenientTimes", convenientTimes)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private List<JsonNode> planned(String project, String kind) throws Exception {
        List<JsonNode> found = new ArrayList<>();
        get("/api/callback-plans?customerProject=" + project, SUPERVISOR).json().forEach(c -> {
            if (c.get("kind").asString().equals(kind)) {
                found.add(c);
            }
        });
        return found;
    }

    private static Map<String, Object> entry(LocalDate date, String content, String purpose) {
        return Map.of("date", date.toString(), "content", content, "purpose", purpose);
    }

    @Test
    void aRegularPlanSentBackAndProposedAgainIsScheduledOnlyOnceApproved() throws Exception {
        String project = customerProject("宏达机电有限公司", "下午");
        LocalDate today = LocalDate.now(HALL);
        String plans = "/api/customer-projects/" + project + "/regular-plans";
        long rows = count("regular_callback_plan") + count("regular_callback_entry") + count("customer_callback");

        Answer bad = post(plans, AGENT, json(Map.of("entries", List.of(entry(today.plusDays(5), "季度回访", "了解设备运行"),
                entry(today.minusDays(1), "补充回访", "了解整改")))));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("entries[1].date");
        Answer noPurpose = post(plans, AGENT, json(Map.of("entries", List.of(Map.of("date",
                today.plusDays(5).toString(), "content", "季度回访")))));
        assertThat(noPurpose.status()).isEqualTo(400);
        assertThat(noPurpose.body()).contains("entries[0].purpose");
        assertThat(post(plans, SUPERVISOR, json(Map.of("entries", List.of(entry(today.plusDays(5), "季度回访",
                "了解设备运行"))))).status()).as("proposed by customer service").isEqualTo(403);
        assertThat(count("regular_callback_plan") + count("regular_callback_entry") + count("customer_callback"))
                .as("nothing stored").isEqualTo(rows);

        Answer first = post(plans, AGENT, json(Map.of("entries", List.of(entry(today.plusDays(40), "季度回访",
                "了解设备运行情况"), entry(today.plusDays(3), "首次定期回访", "听取客户意见")))));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        String firstId = first.json().get("id").asString();
        assertThat(first.json().get("entries").get(0).get("date").asString()).isEqualTo(today.plusDays(3).toString());
        assertThat(post(plans, AGENT, json(Map.of("entries", List.of(entry(today.plusDays(9), "回访", "目的")))))
                .status()).as("one plan waits for its decision at a time").isEqualTo(409);
        assertThat(planned(project, "REGULAR")).as("not approved yet").isEmpty();

        String decision = "/api/regular-plans/" + firstId + "/decision";
        assertThat(post(decision, AGENT, json(Map.of("approved", true))).status()).isEqualTo(403);
        Answer noReason = post(decision, SUPERVISOR, json(Map.of("approved", false)));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason");
        Answer returned = post(decision, SUPERVISOR, json(Map.of("approved", false, "reason", "首次回访请安排在下周")));
        assertThat(returned.status()).as(returned.body()).isEqualTo(200);
        assertThat(returned.json().get("status").asString()).isEqualTo("RETURNED");
        assertThat(post(decision, SUPERVISOR, json(Map.of("approved", true))).status()).isEqualTo(422);
        assertThat(planned(project, "REGULAR")).as("a plan sent back schedules nothing").isEmpty();

        Answer again = post(plans, AGENT, json(Map.of("entries", List.of(entry(today, "首次定期回访", "听取客户意见"),
                entry(today.plusDays(40), "季度回访", "了解设备运行情况")))));
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        String againId = again.json().get("id").asString();
        Answer approved = post("/api/regular-plans/" + againId + "/decision", SUPERVISOR,
                json(Map.of("approved", true)));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("APPROVED");

        List<JsonNode> regular = planned(project, "REGULAR");
        assertThat(regular).hasSize(2);
        assertThat(regular.get(0).get("seq").asInt()).isEqualTo(1);
        assertThat(regular.get(0).get("dueBy").asString()).isEqualTo(today.toString());
        assertThat(regular.get(0).get("state").asString()).isEqualTo("DUE");
        assertThat(regular.get(0).get("content").asString()).isEqualTo("首次定期回访");
        assertThat(regular.get(0).get("planId").asString()).isEqualTo(againId);
        assertThat(regular.get(0).get("callAt").asString()).as("the customer's afternoon").startsWith("15:00");
        assertThat(regular.get(1).get("state").asString()).isEqualTo("UPCOMING");
        assertThat(regular.get(1).get("purpose").asString()).isEqualTo("了解设备运行情况");
        assertThat(get(plans, SUPERVISOR).json()).extracting(p -> p.get("status").asString())
                .containsExactly("RETURNED", "APPROVED");
        customerCallbacks.announceDue();
        assertThat(events().await(CallbackTopics.CALLBACK_EVENTS, regular.get(0).get("id").asString(),
                CustomerCallbackDue.TYPE).data().get("kind").asString()).isEqualTo("REGULAR");
    }

    @Test
    void aHandledComplaintMakesOneComplaintCallbackDueWithinTwoWorkingDays() throws Exception {
        String project = customerProject("东方物流有限公司", "晚上7点后");
        String handled = "/api/customer-projects/" + project + "/complaints/KS-2026-031/handled";
        Answer bad = post(handled, AGENT, json(Map.of("handledOn", "2026-02-30", "summary", "已返工")));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("handledOn");
        assertThat(planned(project, "COMPLAINT")).isEmpty();

        RemoteServicesStub.get().calendarUp(false);
        try {
            Answer down = post(handled, AGENT, json(Map.of("handledOn", "2026-11-27", "summary", "已返工并致歉")));
            assertThat(down.status()).isEqualTo(503);
            assertThat(planned(project, "COMPLAINT")).as("nothing stored while the calendar is down").isEmpty();
        } finally {
            RemoteServicesStub.get().calendarUp(true);
            breakers.circuitBreaker(WorkingCalendar.SERVICE).reset();
        }

        Answer made = post(handled, AGENT, json(Map.of("handledOn", "2026-11-27", "summary", "已返工并致歉")));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        // handled on Friday 2026-11-27: two working days later is Tuesday 2026-12-01
        assertThat(made.json().get("opensOn").asString()).isEqualTo("2026-11-27");
        assertThat(made.json().get("dueBy").asString()).isEqualTo("2026-12-01");
        assertThat(made.json().get("complaintRef").asString()).isEqualTo("KS-2026-031");
        assertThat(made.json().get("content").asString()).isEqualTo("投诉回访：已返工并致歉");
        assertThat(made.json().get("callAt").asString()).startsWith("19:00");
        Answer repeated = post(handled, SUPERVISOR, json(Map.of("summary", "再次报告")));
        assertThat(repeated.status()).isEqualTo(200);
        assertThat(repeated.json().get("id").asString()).isEqualTo(made.json().get("id").asString());
        assertThat(planned(project, "COMPLAINT")).singleElement()
                .satisfies(c -> assertThat(c.get("seq").asInt()).isEqualTo(1));
        assertThat(post("/api/customer-projects/nope/complaints/K1/handled", AGENT,
                json(Map.of("summary", "已处理"))).status()).isEqualTo(404);
    }
}
