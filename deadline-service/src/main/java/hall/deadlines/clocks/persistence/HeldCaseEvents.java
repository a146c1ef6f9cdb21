package hall.deadlines.clocks.persistence;

import hall.cases.events.CaseEvent;
import hall.events.EventTypes;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Case events that arrived before the case's acceptance started its clocks: a completion, suspension or return
 * the broker delivered ahead of the acceptance. They wait here and are released, in the order they happened, when
 * the clocks start.
 */
@Repository
public class HeldCaseEvents {

    private static final EventTypes<CaseEvent> CASE = EventTypes.of(CaseEvent.class);

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public HeldCaseEvents(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void hold(String caseId, CaseEvent event, Instant occurredAt) {
        jdbc.sql("""
                insert into held_case_event (case_id, event_type, occurred_at, payload)
                values (:caseId, :type, :occurredAt, cast(:payload as jsonb))
                """)
                .param("caseId", caseId).param("type", event.eventType())
                .param("occurredAt", Timestamp.from(occurredAt))
                .param("payload", json.writeValueAsString(event))
                .update();
    }

    /** Removes the case's held events and returns them in the order they happened (then in arrival order). */
    public List<CaseEvent> release(String caseId) {
        record Held(long id, Instant occurredAt, CaseEvent event) {
        }
        return jdbc.sql("""
                delete from held_case_event where case_id = :caseId
                returning id, occurred_at, event_type, payload::text
                """)
                .param("caseId", caseId)
                .query((rs, n) -> {
                    String type = rs.getString(3);
                    Class<? extends CaseEvent> contract = CASE.classOf(type)
                            .orElseThrow(() -> new IllegalStateException("held event of unknown type " + type));
                    return new Held(rs.getLong(1), rs.getTimestamp(2).toInstant(), json.readValue(rs.getString(4), contract));
                })
                .list().stream()
                .sorted(Comparator.comparing(Held::occurredAt).thenComparingLong(Held::id))
                .map(Held::event)
                .toList();
    }
}
