package hall.deadlines.clocks.persistence;

import hall.deadlines.clocks.domain.ClockState;
import hall.deadlines.clocks.domain.ClockTerms;
import hall.deadlines.clocks.domain.DeadlineClock;
import hall.deadlines.clocks.domain.DeadlineRules;
import hall.deadlines.clocks.domain.Outcome;
import hall.deadlines.clocks.domain.Suspension;
import hall.deadlines.clocks.domain.WarningLevel;
import hall.deadlines.events.ClockKind;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Deadline clocks and their suspensions. Derived values are stored for queries and the scan's index. */
@Repository
public class ClockRepository {

    /**
     * The scan: running clocks whose next check is due, read through the partial index
     * deadline_clock_due_idx on next_check_at, claimed with SKIP LOCKED so that concurrent scanners share them.
     */
    public static final String DUE_CLOCKS_SQL = """
            select * from deadline_clock
            where state = 'RUNNING' and next_check_at is not null and next_check_at <= :now
            order by next_check_at
            limit :limit
            for update skip locked
            """;

    private final JdbcClient jdbc;

    public ClockRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The stored facts of a clock, before its derived values are recomputed. */
    public record StoredClock(String id, ClockTerms terms, int extensionDays, ClockState state, WarningLevel level,
            Outcome outcome, Integer usedWorkingDays, Instant stoppedAt, DeadlineClock.Derived derived) {

        public DeadlineClock restore(List<Suspension> suspensions, DeadlineRules rules) {
            return DeadlineClock.restore(id, terms, extensionDays, state, suspensions, level, outcome,
                    usedWorkingDays, stoppedAt, derived, rules);
        }
    }

    public boolean exists(String caseId, ClockKind kind) {
        return jdbc.sql("select count(*) from deadline_clock where case_id = :caseId and kind = :kind")
                .param("caseId", caseId).param("kind", kind.name()).query(Integer.class).single() > 0;
    }

    /** All clocks of a case, locked for the rest of the transaction. */
    public List<DeadlineClock> lockByCase(String caseId, Function<String, DeadlineRules> rules) {
        return restore(jdbc.sql("select * from deadline_clock where case_id = :caseId order by kind, department_code for update")
                .param("caseId", caseId).query(ClockRepository::stored).list(), rules);
    }

    public List<DeadlineClock> findByCase(String caseId, Function<String, DeadlineRules> rules) {
        return restore(jdbc.sql("select * from deadline_clock where case_id = :caseId order by kind, department_code")
                .param("caseId", caseId).query(ClockRepository::stored).list(), rules);
    }

    /** Open clocks of a region whose span (acceptance to due date) touches the given dates, locked. */
    public List<DeadlineClock> lockOpenTouching(String region, LocalDate from, LocalDate to,
            Function<String, DeadlineRules> rules) {
        return restore(jdbc.sql("""
                select * from deadline_clock
                where region = :region and state <> 'STOPPED' and accepted_on <= :to
                  and (due_on >= :from or state = 'SUSPENDED')
                order by id for update
                """)
                .param("region", region).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
                .query(ClockRepository::stored).list(), rules);
    }

    /** Due clocks claimed for this transaction (see DUE_CLOCKS_SQL). */
    public List<DeadlineClock> claimDue(Instant now, int limit, Function<String, DeadlineRules> rules) {
        return restore(jdbc.sql(DUE_CLOCKS_SQL).param("now", Timestamp.from(now)).param("limit", limit)
                .query(ClockRepository::stored).list(), rules);
    }

    public void insert(DeadlineClock clock) {
        ClockTerms t = clock.terms();
        jdbc.sql("""
                insert into deadline_clock (id, case_id, kind, department_code, window_code, handler_id, matter_code,
                    matter_name, category, region, contact_ref, accepted_at, accepted_on, limit_days, extension_cap_days,
                    extension_days, state, due_on, due_at, provisional, warn_at, level, next_check_at,
                    suspended_working_days, outcome, used_working_days, stopped_at)
                values (:id, :caseId, :kind, :department, :window, :handler, :matterCode, :matterName, :category,
                    :region, :contactRef, :acceptedAt, :acceptedOn, :limit, :cap, :extensionDays, :state, :dueOn,
                    :dueAt, :provisional, :warnAt, :level, :nextCheckAt, :suspended, :outcome, :used, :stoppedAt)
                """)
                .param("id", UUID.fromString(clock.id())).param("caseId", t.caseId()).param("kind", t.kind().name())
                .param("department", t.departmentCode()).param("window", t.windowCode())
                .param("handler", t.handlerId()).param("matterCode", t.matterCode())
                .param("matterName", t.matterName()).param("category", t.category()).param("region", t.region())
                .param("contactRef", t.contactRef()).param("acceptedAt", Timestamp.from(t.acceptedAt()))
                .param("acceptedOn", Date.valueOf(clock.acceptedOn())).param("limit", t.limitDays())
                .param("cap", t.extensionCapDays())
                .param("extensionDays", clock.extensionDays()).param("state", clock.state().name())
                .param("dueOn", Date.valueOf(clock.dueOn())).param("dueAt", Timestamp.from(clock.dueAt()))
                .param("provisional", clock.provisional()).param("warnAt", ts(clock.warnAt()))
                .param("level", clock.level().ordinal()).param("nextCheckAt", ts(clock.nextCheckAt()))
                .param("suspended", clock.suspendedWorkingDays())
                .param("outcome", clock.outcome() == null ? null : clock.outcome().name())
                .param("used", clock.usedWorkingDays()).param("stoppedAt", ts(clock.stoppedAt()))
                .update();
        saveSuspensions(clock);
    }

    /** Stores the clock's changed facts and derived values; the caller holds the row lock (see ClockChanges). */
    public void update(DeadlineClock clock) {
        jdbc.sql("""
                update deadline_clock set extension_days = :extensionDays, state = :state, due_on = :dueOn,
                    due_at = :dueAt, provisional = :provisional, warn_at = :warnAt, level = :level,
                    next_check_at = :nextCheckAt,
                    suspended_working_days = :suspended, outcome = :outcome, used_working_days = :used,
                    stopped_at = :stoppedAt
                where id = :id
                """)
                .param("id", UUID.fromString(clock.id()))
                .param("extensionDays", clock.extensionDays()).param("state", clock.state().name())
                .param("dueOn", Date.valueOf(clock.dueOn())).param("dueAt", Timestamp.from(clock.dueAt()))
                .param("provisional", clock.provisional()).param("warnAt", ts(clock.warnAt()))
                .param("level", clock.level().ordinal()).param("nextCheckAt", ts(clock.nextCheckAt()))
                .param("suspended", clock.suspendedWorkingDays())
                .param("outcome", clock.outcome() == null ? null : clock.outcome().name())
                .param("used", clock.usedWorkingDays()).param("stoppedAt", ts(clock.stoppedAt()))
                .update();
        saveSuspensions(clock);
    }

    /**
     * Stores what the scan changes of claimed clocks (their warning level and next check) in one statement for the
     * whole batch; the caller holds the row locks (see DUE_CLOCKS_SQL). Escalating a clock changes nothing else.
     */
    public void markScanned(List<DeadlineClock> scanned) {
        if (scanned.isEmpty()) {
            return;
        }
        int n = scanned.size();
        UUID[] ids = new UUID[n];
        Integer[] level = new Integer[n];
        String[] nextCheckAt = new String[n];
        for (int i = 0; i < n; i++) {
            DeadlineClock clock = scanned.get(i);
            ids[i] = UUID.fromString(clock.id());
            level[i] = clock.level().ordinal();
            nextCheckAt[i] = clock.nextCheckAt() == null ? null : clock.nextCheckAt().toString();
        }
        jdbc.sql("""
                update deadline_clock d set level = v.level, next_check_at = v.next_check_at
                from unnest(cast(:ids as uuid[]), cast(:level as int[]), cast(:nextCheckAt as timestamptz[]))
                     as v(id, level, next_check_at)
                where d.id = v.id
                """)
                .param("ids", ids).param("level", level).param("nextCheckAt", nextCheckAt)
                .update();
    }

    private void saveSuspensions(DeadlineClock clock) {
        for (Suspension s : clock.suspensions()) {
            jdbc.sql("""
                    insert into clock_suspension (clock_id, suspension_id, reason, suspended_at, suspended_on,
                        resumed_at, resumed_on)
                    values (:clock, :sid, :reason, :suspendedAt, :suspendedOn, :resumedAt, :resumedOn)
                    on conflict (clock_id, suspension_id) do update
                    set resumed_at = excluded.resumed_at, resumed_on = excluded.resumed_on
                    """)
                    .param("clock", UUID.fromString(clock.id())).param("sid", s.suspensionId())
                    .param("reason", s.reason()).param("suspendedAt", Timestamp.from(s.suspendedAt()))
                    .param("suspendedOn", Date.valueOf(s.suspendedOn())).param("resumedAt", ts(s.resumedAt()))
                    .param("resumedOn", s.resumedOn() == null ? null : Date.valueOf(s.resumedOn()))
                    .update();
        }
    }

    private List<DeadlineClock> restore(List<StoredClock> stored, Function<String, DeadlineRules> rules) {
        if (stored.isEmpty()) {
            return List.of();
        }
        Map<String, List<Suspension>> suspensions = new HashMap<>();
        jdbc.sql("select * from clock_suspension where clock_id = any(:ids) order by suspended_at")
                .param("ids", stored.stream().map(s -> UUID.fromString(s.id())).toArray(UUID[]::new))
                .query(rs -> {
                    suspensions.computeIfAbsent(rs.getString("clock_id"), k -> new ArrayList<>()).add(new Suspension(
                            rs.getString("suspension_id"), rs.getString("reason"),
                            instant(rs, "suspended_at"), rs.getObject("suspended_on", LocalDate.class),
                            instant(rs, "resumed_at"), rs.getObject("resumed_on", LocalDate.class)));
                });
        List<DeadlineClock> clocks = new ArrayList<>(stored.size());
        for (StoredClock s : stored) {
            clocks.add(s.restore(suspensions.getOrDefault(s.id(), List.of()), rules.apply(s.terms().region())));
        }
        return clocks;
    }

    static StoredClock stored(ResultSet rs, int n) throws SQLException {
        ClockTerms terms = new ClockTerms(rs.getString("case_id"), ClockKind.valueOf(rs.getString("kind")),
                rs.getString("department_code"), rs.getString("window_code"), rs.getString("handler_id"),
                rs.getString("matter_code"), rs.getString("matter_name"), rs.getString("category"),
                rs.getString("region"), instant(rs, "accepted_at"), rs.getInt("limit_days"),
                rs.getInt("extension_cap_days"), rs.getString("contact_ref"));
        String outcome = rs.getString("outcome");
        return new StoredClock(rs.getString("id"), terms, rs.getInt("extension_days"),
                ClockState.valueOf(rs.getString("state")), WarningLevel.of(rs.getInt("level")),
                outcome == null ? null : Outcome.valueOf(outcome), (Integer) rs.getObject("used_working_days"),
                instant(rs, "stopped_at"), new DeadlineClock.Derived(rs.getObject("due_on", LocalDate.class),
                        instant(rs, "due_at"), rs.getBoolean("provisional"), instant(rs, "warn_at"),
                        instant(rs, "next_check_at"), rs.getInt("suspended_working_days")));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp ts = rs.getTimestamp(column);
        return ts == null ? null : ts.toInstant();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    /** A page of clocks, newest acceptance first; window, department and state are optional filters. */
    public List<StoredClock> page(String window, String department, ClockState state, int page, int size) {
        return jdbc.sql("""
                select * from deadline_clock
                where (cast(:window as text) is null or window_code = :window)
                  and (cast(:department as text) is null or department_code = :department)
                  and (cast(:state as text) is null or state = :state)
                order by accepted_at desc, id
                limit :size offset :offset
                """)
                .param("window", window).param("department", department)
                .param("state", state == null ? null : state.name())
                .param("size", size).param("offset", (long) page * size)
                .query(ClockRepository::stored).list();
    }

    public long count(String window, String department, ClockState state) {
        return jdbc.sql("""
                select count(*) from deadline_clock
                where (cast(:window as text) is null or window_code = :window)
                  and (cast(:department as text) is null or department_code = :department)
                  and (cast(:state as text) is null or state = :state)
                """)
                .param("window", window).param("department", department)
                .param("state", state == null ? null : state.name())
                .query(Long.class).single();
    }

    public Optional<String> windowOf(String caseId) {
        return jdbc.sql("""
                select window_code from deadline_clock where case_id = :caseId and kind <> 'DEPARTMENT'
                order by kind = 'APPLICANT' desc limit 1""")
                .param("caseId", caseId).query(String.class).optional();
    }
}
