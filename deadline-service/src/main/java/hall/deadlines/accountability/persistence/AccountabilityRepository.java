package hall.deadlines.accountability.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Accountability records (问责) opened by a breach against window and handler, closed by the supervision office. */
@Repository
public class AccountabilityRepository {

    public record AccountabilityRecord(String id, String clockId, String caseId, String kind, String windowCode,
            String departmentCode, String handlerId, Instant dueAt, Instant openedAt, Instant closedAt,
            String closedBy, String justification) {

        public boolean open() {
            return closedAt == null;
        }
    }

    private final JdbcClient jdbc;

    public AccountabilityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The record of a breached clock, to open under the given id. */
    public record Opening(String id, String clockId, String caseId, String kind, String windowCode,
            String departmentCode, String handlerId, Instant dueAt, Instant at) {
    }

    /** Opens the records in one statement; nothing for a clock that has one already. */
    public void openAll(List<Opening> openings) {
        if (openings.isEmpty()) {
            return;
        }
        int n = openings.size();
        UUID[] ids = new UUID[n];
        UUID[] clocks = new UUID[n];
        String[] caseIds = new String[n];
        String[] kinds = new String[n];
        String[] windows = new String[n];
        String[] departments = new String[n];
        String[] handlers = new String[n];
        String[] dueAts = new String[n];
        String[] ats = new String[n];
        for (int i = 0; i < n; i++) {
            Opening o = openings.get(i);
            ids[i] = UUID.fromString(o.id());
            clocks[i] = UUID.fromString(o.clockId());
            caseIds[i] = o.caseId();
            kinds[i] = o.kind();
            windows[i] = o.windowCode();
            departments[i] = o.departmentCode();
            handlers[i] = o.handlerId();
            dueAts[i] = o.dueAt().toString();
            ats[i] = o.at().toString();
        }
        jdbc.sql("""
                insert into accountability (id, clock_id, case_id, kind, window_code, department_code, handler_id,
                    due_at, opened_at)
                select * from unnest(cast(:ids as uuid[]), cast(:clocks as uuid[]), cast(:caseIds as text[]),
                    cast(:kinds as text[]), cast(:windows as text[]), cast(:departments as text[]),
                    cast(:handlers as text[]), cast(:dueAts as timestamptz[]), cast(:ats as timestamptz[]))
                on conflict (clock_id) do nothing
                """)
                .param("ids", ids).param("clocks", clocks).param("caseIds", caseIds).param("kinds", kinds)
                .param("windows", windows).param("departments", departments).param("handlers", handlers)
                .param("dueAts", dueAts).param("ats", ats)
                .update();
    }

    public Optional<AccountabilityRecord> lock(String id) {
        return jdbc.sql("select * from accountability where id = :id for update").param("id", uuid(id))
                .query(AccountabilityRepository::map).optional();
    }

    public void close(String id, String by, String justification, Instant at) {
        jdbc.sql("update accountability set closed_at = :at, closed_by = :by, justification = :j where id = :id")
                .param("id", UUID.fromString(id)).param("at", Timestamp.from(at)).param("by", by)
                .param("j", justification).update();
    }

    public List<AccountabilityRecord> find(String window, String department, Boolean open, int page, int size) {
        return jdbc.sql("""
                select * from accountability
                where (cast(:window as text) is null or window_code = :window)
                  and (cast(:department as text) is null or department_code = :department)
                  and (cast(:open as boolean) is null or (closed_at is null) = :open)
                order by opened_at desc, id
                limit :size offset :offset
                """)
                .param("window", window).param("department", department).param("open", open).param("size", size)
                .param("offset", (long) page * size)
                .query(AccountabilityRepository::map).list();
    }

    public Optional<AccountabilityRecord> find(String id) {
        return jdbc.sql("select * from accountability where id = :id").param("id", uuid(id))
                .query(AccountabilityRepository::map).optional();
    }

    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return new UUID(0, 0);
        }
    }

    private static AccountabilityRecord map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new AccountabilityRecord(rs.getString("id"), rs.getString("clock_id"), rs.getString("case_id"),
                rs.getString("kind"), rs.getString("window_code"), rs.getString("department_code"),
                rs.getString("handler_id"), rs.getTimestamp("due_at").toInstant(),
                rs.getTimestamp("opened_at").toInstant(),
                rs.getTimestamp("closed_at") == null ? null : rs.getTimestamp("closed_at").toInstant(),
                rs.getString("closed_by"), rs.getString("justification"));
    }
}
