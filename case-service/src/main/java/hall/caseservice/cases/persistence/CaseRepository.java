package hall.caseservice.cases.persistence;

import static hall.caseservice.shared.persistence.UtcTimestamps.requiredUsableInstant;
import static hall.caseservice.shared.persistence.UtcTimestamps.usableInstant;
import static hall.caseservice.shared.persistence.UtcTimestamps.ts;

import hall.caseservice.cases.domain.Applicant;
import hall.caseservice.cases.domain.Case;
import hall.caseservice.cases.domain.CaseSnapshot;
import hall.caseservice.cases.domain.CaseStatus;
import hall.caseservice.cases.domain.HistoryEntry;
import hall.caseservice.cases.domain.JointPart;
import hall.cases.events.HandlingCategory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Repository
public class CaseRepository {

    private static final String COLUMNS = """
            select id, window_code, category, status, received_at, accepted_at, completed_at, returned_at,
                   applicant_name, applicant_phone, applicant_id_number, callback_consent, applicant_subject,
                   detail::text, version
            from hall_case""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public CaseRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Stores a new case and its history in one statement (one round trip). */
    public void insert(Case c) {
        CaseSnapshot s = c.snapshot();
        jdbc.sql("""
                with stored as (
                    insert into hall_case (id, matter_code, matter_name, window_code, department_code,
                        joint_departments, category, status, received_at, accepted_at, completed_at, returned_at,
                        applicant_name, applicant_phone, applicant_id_number, callback_consent, applicant_subject,
                        detail, version)
                    values (:id, :matterCode, :matterName, :window, :dept, :joint, :category, :status, :receivedAt,
                        :acceptedAt, :completedAt, :returnedAt, :name, :phone, :idNumber, :consent, :subject,
                        cast(:detail as jsonb), 0)
                )
                """ + HISTORY_ROWS)
                .params(columns(s))
                .params(historyRows(s, 0))
                .param("matterCode", s.matter().code())
                .param("matterName", s.matter().name())
                .param("window", s.windowCode())
                .param("dept", s.matter().departmentCode())
                .param("joint", s.matter().jointDepartments().stream().map(j -> j.departmentCode())
                        .toArray(String[]::new))
                .param("name", s.applicant().name())
                .param("phone", s.applicant().phone())
                .param("idNumber", s.applicant().idNumber())
                .param("consent", s.applicant().callbackConsent())
                .param("subject", s.applicant().subject())
                .update();
    }

    /** Stores the changes of a loaded case; fails when someone else changed it meanwhile. */
    public void update(Case c, int historyBefore) {
        CaseSnapshot s = c.snapshot();
        int updated = jdbc.sql("""
                update hall_case set category = :category, status = :status, accepted_at = :acceptedAt,
                    completed_at = :completedAt, returned_at = :returnedAt, detail = cast(:detail as jsonb),
                    version = version + 1, updated_at = now()
                where id = :id and version = :version""")
                .params(columns(s))
                .param("version", s.version())
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("case " + s.id() + " was changed concurrently");
        }
        appendHistory(s, historyBefore);
    }

    private Map<String, Object> columns(CaseSnapshot s) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", s.id());
        p.put("category", s.category().name());
        p.put("status", s.status().name());
        p.put("receivedAt", ts(s.receivedAt()));
        p.put("acceptedAt", ts(s.acceptedAt()));
        p.put("completedAt", ts(s.completedAt()));
        p.put("returnedAt", ts(s.returnedAt()));
        p.put("detail", json.writeValueAsString(new CaseDetail(s.matter(), s.handedIn(), s.outstanding(),
                s.suppliedSinceNotice(), s.notices(), s.suspensions(), s.jointParts(), s.report(),
                s.deemedAccepted(), s.result(), s.returnReason(), s.returnPolicyBasis())));
        return p;
    }

    /** The history entries from index {@code from} on, as the arrays {@link #HISTORY_ROWS} reads. */
    private static final String HISTORY_ROWS = """
            insert into case_history (case_id, seq, at, actor_subject, actor_name, action, from_status, to_status,
                from_category, to_category, reason)
            select :id, h.seq, cast(h.at as timestamptz), h.actor, h.actor_name, h.action, h.from_status, h.to_status,
                h.from_category, h.to_category, h.reason
            from unnest(cast(:seqs as int[]), cast(:ats as text[]), cast(:actors as text[]),
                        cast(:actorNames as text[]), cast(:actions as text[]), cast(:fromStatuses as text[]),
                        cast(:toStatuses as text[]), cast(:fromCategories as text[]), cast(:toCategories as text[]),
                        cast(:reasons as text[]))
                as h(seq, at, actor, actor_name, action, from_status, to_status, from_category, to_category, reason)""";

    private static Map<String, Object> historyRows(CaseSnapshot s, int from) {
        List<HistoryEntry> entries = s.history().subList(from, s.history().size());
        int n = entries.size();
        Integer[] seqs = new Integer[n];
        String[][] text = new String[9][n];
        for (int i = 0; i < n; i++) {
            HistoryEntry h = entries.get(i);
            seqs[i] = from + i + 1;
            text[0][i] = h.at().toString();
            text[1][i] = h.actorSubject();
            text[2][i] = h.actorName();
            text[3][i] = h.action();
            text[4][i] = h.fromStatus() == null ? null : h.fromStatus().name();
            text[5][i] = h.toStatus().name();
            text[6][i] = h.fromCategory() == null ? null : h.fromCategory().name();
            text[7][i] = h.toCategory().name();
            text[8][i] = h.reason();
        }
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("seqs", seqs);
        String[] names = {"ats", "actors", "actorNames", "actions", "fromStatuses", "toStatuses", "fromCategories",
                "toCategories", "reasons"};
        for (int k = 0; k < names.length; k++) {
            p.put(names[k], text[k]);
        }
        return p;
    }

    /** Appends the history entries from index {@code from} on, in one statement. */
    private void appendHistory(CaseSnapshot s, int from) {
        if (from >= s.history().size()) {
            return;
        }
        jdbc.sql(HISTORY_ROWS).param("id", s.id()).params(historyRows(s, from)).update();
    }

    /** Loads a case to show it: a stored date the calendars cannot work with is shown as null. */
    public Optional<Case> find(String id) {
        return jdbc.sql(COLUMNS + " where id = :id").param("id", id)
                .query((RowMapper<Case>) (rs, n) -> toCase(rs, false)).optional();
    }

    /**
     * Loads a case and locks its row until the transaction ends; a stored date the calendars cannot work with
     * refuses the change ({@link StoredValueOutOfRange} naming the field).
     */
    public Optional<Case> findForUpdate(String id) {
        return jdbc.sql(COLUMNS + " where id = :id for update").param("id", id)
                .query((RowMapper<Case>) (rs, n) -> toCase(rs, true)).optional();
    }

    public boolean exists(String id) {
        return jdbc.sql("select count(*) from hall_case where id = :id").param("id", id).query(Long.class)
                .single() > 0;
    }

    private Case toCase(ResultSet rs, boolean forChange) throws SQLException {
        String id = rs.getString("id");
        Instant receivedAt = caseInstant(rs, "received_at", id, "receivedAt", forChange);
        Instant acceptedAt = caseInstant(rs, "accepted_at", id, "acceptedAt", forChange);
        Instant completedAt = caseInstant(rs, "completed_at", id, "completedAt", forChange);
        Instant returnedAt = caseInstant(rs, "returned_at", id, "returnedAt", forChange);
        CaseDetail d = json.readValue(rs.getString("detail"), CaseDetail.class);
        Applicant applicant = new Applicant(rs.getString("applicant_name"), rs.getString("applicant_phone"),
                rs.getString("applicant_id_number"), rs.getBoolean("callback_consent"),
                rs.getString("applicant_subject"));
        List<HistoryEntry> history = history(id);
        return Case.restore(new CaseSnapshot(id, d.matter(), rs.getString("window_code"), applicant,
                receivedAt, CaseStatus.valueOf(rs.getString("status")),
                HandlingCategory.valueOf(rs.getString("category")), d.handedIn(), d.outstanding(),
                d.suppliedSinceNotice(), d.notices(), d.suspensions(), d.jointParts() == null ? List.<JointPart>of()
                        : d.jointParts(), d.report(), acceptedAt, d.deemedAccepted(),
                completedAt, d.result(), returnedAt, d.returnReason(),
                d.returnPolicyBasis(), history, rs.getLong("version")));
    }

    private static Instant caseInstant(ResultSet rs, String column, String id, String field, boolean forChange)
            throws SQLException {
        return forChange ? requiredUsableInstant(rs, column, "case " + id, field) : usableInstant(rs, column);
    }

    public List<HistoryEntry> history(String caseId) {
        return jdbc.sql("""
                select at, actor_subject, actor_name, action, from_status, to_status, from_category, to_category, reason
                from case_history where case_id = :id order by seq""")
                .param("id", caseId)
                .query((rs, n) -> new HistoryEntry(usableInstant(rs, "at"), rs.getString("actor_subject"),
                        rs.getString("actor_name"), rs.getString("action"),
                        rs.getString("from_status") == null ? null : CaseStatus.valueOf(rs.getString("from_status")),
                        CaseStatus.valueOf(rs.getString("to_status")),
                        rs.getString("from_category") == null ? null
                                : HandlingCategory.valueOf(rs.getString("from_category")),
                        HandlingCategory.valueOf(rs.getString("to_category")), rs.getString("reason")))
                .list();
    }

    // ---- lists ---------------------------------------------------------------------------------------------

    private static final String SUMMARY_COLUMNS = """
            select id, matter_code, matter_name, window_code, department_code, category, status, received_at,
                   accepted_at, completed_at, returned_at, applicant_name, applicant_phone, callback_consent,
                   applicant_subject
            from hall_case""";

    public record Page(List<CaseSummary> items, long total) {
    }

    /** A statement with its named parameters, as production runs it (the plan tests EXPLAIN exactly these). */
    public record Statement(String sql, Map<String, Object> params) {
    }

    public Page list(CaseFilter f, int page, int size) {
        Statement count = countStatement(f);
        long total = jdbc.sql(count.sql()).params(count.params()).query(Long.class).single();
        Statement list = listStatement(f, page, size);
        List<CaseSummary> items = jdbc.sql(list.sql()).params(list.params())
                .query((RowMapper<CaseSummary>) this::summary).list();
        return new Page(items, total);
    }

    /** The page of a filtered list, newest first. */
    public static Statement listStatement(CaseFilter f, int page, int size) {
        Statement where = where(f);
        Map<String, Object> params = new LinkedHashMap<>(where.params());
        params.put("limit", size);
        params.put("offset", (long) page * size);
        return new Statement(SUMMARY_COLUMNS + where.sql()
                + " order by received_at desc, id limit :limit offset :offset", params);
    }

    /** How many cases match a filtered list. */
    public static Statement countStatement(CaseFilter f) {
        Statement where = where(f);
        return new Statement("select count(*) from hall_case" + where.sql(), where.params());
    }

    private static Statement where(CaseFilter f) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (f.windowCode() != null) {
            where.add("window_code = :window");
            params.put("window", f.windowCode());
        }
        if (f.departmentCode() != null) {
            where.add("(department_code = :dept or joint_departments @> array[cast(:dept as text)])");
            params.put("dept", f.departmentCode());
        }
        if (f.category() != null) {
            where.add("category = :category");
            params.put("category", f.category().name());
        }
        if (f.status() != null) {
            where.add("status = :status");
            params.put("status", f.status().name());
        }
        if (f.receivedFrom() != null) {
            where.add("received_at >= :from");
            params.put("from", ts(f.receivedFrom()));
        }
        if (f.receivedBefore() != null) {
            where.add("received_at < :before");
            params.put("before", ts(f.receivedBefore()));
        }
        if (f.applicantSubject() != null) {
            where.add("applicant_subject = :subject");
            params.put("subject", f.applicantSubject());
        }
        return new Statement(where.isEmpty() ? "" : " where " + String.join(" and ", where), params);
    }

    /** Every case a window received in [from, before), oldest first: the window's monthly ledger (受理台帐). */
    public List<CaseSummary> ledger(String windowCode, Instant from, Instant before) {
        Statement ledger = ledgerStatement(windowCode, from, before);
        return jdbc.sql(ledger.sql()).params(ledger.params()).query((RowMapper<CaseSummary>) this::summary).list();
    }

    public static Statement ledgerStatement(String windowCode, Instant from, Instant before) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("window", windowCode);
        params.put("from", ts(from));
        params.put("before", ts(before));
        return new Statement(SUMMARY_COLUMNS
                + " where window_code = :window and received_at >= :from and received_at < :before"
                + " order by received_at, id", params);
    }

    private CaseSummary summary(ResultSet rs, int n) throws SQLException {
        return new CaseSummary(rs.getString("id"), rs.getString("matter_code"), rs.getString("matter_name"),
                rs.getString("window_code"), rs.getString("department_code"),
                HandlingCategory.valueOf(rs.getString("category")), CaseStatus.valueOf(rs.getString("status")),
                usableInstant(rs, "received_at"), usableInstant(rs, "accepted_at"),
                usableInstant(rs, "completed_at"), usableInstant(rs, "returned_at"), rs.getString("applicant_name"), rs.getString("applicant_phone"),
                rs.getBoolean("callback_consent"), rs.getString("applicant_subject"));
    }
}
