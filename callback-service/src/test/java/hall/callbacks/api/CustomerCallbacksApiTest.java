package hall.callbacks.api;

import hall.callbacks.customers.application.CustomerCallbacks;
import hall.callbacks.events.CallbackTopics;
import hall.callbacks.events.CustomerCallbackDue;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A company's customer project: its after-sales and maintenance callbacks scheduled from its dates, shown as due,
 * upcoming or overdue, announced once when due, made once.
 */
class CustomerCallbacksApiTest extends ApiTestBase {

    @Autowired
    CustomerCallbacks customerCallbacks;

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
}
