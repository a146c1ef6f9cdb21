package hall.caseservice.api;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rows stored before the import bounds existed may hold {@code -infinity}, {@code infinity} or dates far out of
 * range. Written here with SQL, they must not turn the case's actions, its view or any list into 500s: an action
 * is refused with 409 naming the stored field (nothing changes, nothing is published), views and lists show it as
 * null.
 */
class StoredExtremeDatesApiTest extends ApiTestBase {

    static final List<String> ALL_PRO = List.of("FORM", "LICENSE", "ID", "PLAN", "RULES");

    @ParameterizedTest
    @ValueSource(strings = {"-infinity", "infinity", "1500-01-01 00:00:00+00", "4000-01-01 00:00:00+00 BC",
            "200000-01-01 00:00:00+00"})
    void aStoredReceiptDateOutOfRangeRefusesActionsNamingTheFieldAndKeepsViewsAndListsAnswering(String stored)
            throws Exception {
        String id = submit("MKT-PRO-001", "W-MKT-01", ALL_PRO, CLERK_W1);
        jdbc.sql("update hall_case set received_at = cast(:v as timestamptz) where id = :id")
                .param("v", stored).param("id", id).update();
        jdbc.sql("update case_history set at = cast(:v as timestamptz) where case_id = :id")
                .param("v", stored).param("id", id).update();

        Answer accept = post("/api/cases/" + id + "/acceptance", CLERK_W1, "");
        assertThat(accept.status()).as(accept.body()).isEqualTo(409);
        assertThat(accept.header("Content-Type")).startsWith("application/problem+json");
        assertThat(accept.json().get("type").asString()).endsWith("/stored-value-out-of-range");
        assertThat(accept.json().get("errors").get(0).get("field").asString()).isEqualTo("receivedAt");
        assertThat(jdbc.sql("select status from hall_case where id = :id").param("id", id).query(String.class)
                .single()).isEqualTo("SUBMITTED");

        Answer view = get("/api/cases/" + id, CLERK_W1);
        assertThat(view.status()).as(view.body()).isEqualTo(200);
        assertThat(view.json().get("receivedAt").isNull()).isTrue();
        assertThat(view.json().get("status").asString()).isEqualTo("SUBMITTED");

        Answer list = get("/api/cases?window=W-MKT-01&size=200", CLERK_W1);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(list.body()).contains(id);
        assertThat(get("/api/cases?size=200", SUPERVISOR).status()).isEqualTo(200);

        String month = YearMonth.now(ZoneId.of("Asia/Shanghai")).toString();
        assertThat(get("/api/ledgers/W-MKT-01/" + month, SUPERVISOR).status()).isEqualTo(200);
        assertThat(get("/api/ledgers/W-MKT-01/" + month, SUPERVISOR, "text/csv").status()).isEqualTo(200);
    }

    @Test
    void aStoredAcceptanceDateOfInfinityRefusesTheCompletionNamingTheField() throws Exception {
        String id = submit("MKT-PRO-001", "W-MKT-01", ALL_PRO, CLERK_W1);
        assertThat(post("/api/cases/" + id + "/acceptance", CLERK_W1, "").status()).isEqualTo(200);
        jdbc.sql("update hall_case set accepted_at = 'infinity' where id = :id").param("id", id).update();

        Answer complete = post("/api/cases/" + id + "/completion", CLERK_W1, "{\"result\":\"准予许可\"}");
        assertThat(complete.status()).as(complete.body()).isEqualTo(409);
        assertThat(complete.json().get("errors").get(0).get("field").asString()).isEqualTo("acceptedAt");
        Answer view = get("/api/cases/" + id, CLERK_W1);
        assertThat(view.status()).isEqualTo(200);
        assertThat(view.json().get("acceptedAt").isNull()).isTrue();
        assertThat(view.json().get("status").asString()).isEqualTo("ACCEPTED");
        assertThat(get("/api/cases?window=W-MKT-01&status=ACCEPTED&size=200", CLERK_W1).body()).contains(id);
    }
}
