package hall.chaos;

import hall.workingdays.BuiltInSchedules;
import hall.workingdays.WorkingDayCalendar;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The invariant checker: reads every service's database directly (JDBC, user = password = database name, as the
 * local stack creates them) and compares the stores with each other and with what the load was told.
 */
final class StoreCheck {

    /** One invariant and the cases or rows that break it (empty: held). */
    record Result(String name, List<String> violations, List<String> notes) {
        boolean held() {
            return violations.isEmpty();
        }
    }

    static final List<String> DATABASES = List.of("case_service", "deadline_service", "callback_service",
            "survey_service");

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final Function<String, String> jdbcUrl;
    private final String subjectPrefix;
    private final ZoneId hallZone;
    private final WorkingDayCalendar calendar = BuiltInSchedules.calendar("CN");
    /** deadline-service's acceptance limit, by the same setting (default 1 working day). */
    private final int acceptanceWorkingDays = Integer.parseInt(
            System.getenv().getOrDefault("DEADLINE_ACCEPTANCE_WORKING_DAYS", "1"));
    static final String ACCEPTANCE = "ACCEPTANCE";

    StoreCheck(Function<String, String> jdbcUrl, String subjectPrefix, ZoneId hallZone) {
        this.jdbcUrl = jdbcUrl;
        this.subjectPrefix = subjectPrefix;
        this.hallZone = hallZone;
    }

    // ---- what the stores hold ---------------------------------------------------------------------------------

    record StoredCase(String id, String subject, String status, String category, Instant acceptedAt,
            Instant completedAt, Instant returnedAt, int promisedLimitDays, JsonNode detail) {
    }

    record Clock(String id, String caseId, String kind, String departmentCode, Instant acceptedAt,
            LocalDate acceptedOn, int limitDays, int extensionDays, int suspendedWorkingDays, LocalDate dueOn,
            Instant dueAt, String state, String outcome, Instant stoppedAt) {
    }

    /** Checks everything; answers one result per invariant. */
    List<Result> check(List<CaseLoad.Tracked> load) throws SQLException {
        Map<String, List<StoredCase>> bySubject = new LinkedHashMap<>();
        Map<String, StoredCase> cases = new LinkedHashMap<>();
        try (Connection db = connect("case_service")) {
            for (StoredCase c : cases(db)) {
                bySubject.computeIfAbsent(c.subject(), k -> new ArrayList<>()).add(c);
                cases.put(c.id(), c);
            }
        }
        Map<String, List<Clock>> clocks = new HashMap<>();
        Map<String, Set<String>> suspensionsOfClock = new HashMap<>();
        Map<String, Set<String>> openSuspensionsOfClock = new HashMap<>();
        try (Connection db = connect("deadline_service")) {
            for (Clock k : clocks(db, cases.keySet())) {
                clocks.computeIfAbsent(k.caseId(), x -> new ArrayList<>()).add(k);
            }
            suspensions(db, cases.keySet(), suspensionsOfClock, openSuspensionsOfClock);
        }
        List<Result> results = new ArrayList<>();
        results.add(acknowledgedOnce(load, bySubject));
        results.add(acknowledgedStored(load, cases));
        results.add(oneClockPerAcceptedCase(cases, clocks));
        results.add(dueDates(cases, clocks));
        results.add(stopsMatchCases(cases, clocks));
        results.add(suspensionsMatch(cases, clocks, suspensionsOfClock, openSuspensionsOfClock));
        results.add(caseServiceMirrorsClocks(clocks));
        results.add(callbackFrameMirrorsCases(cases));
        results.add(outboxesPublished());
        results.add(appliedOnce(cases, clocks));
        results.add(deadLetters());
        return results;
    }

    /** Only the drain condition: every outbox empty and the cross-store invariants holding. */
    boolean drained(List<CaseLoad.Tracked> load) {
        try {
            return check(load).stream().filter(r -> !r.name().startsWith("dead letters")).allMatch(Result::held);
        } catch (SQLException e) {
            return false;
        }
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl.apply(database), database, database);
    }

    private List<StoredCase> cases(Connection db) throws SQLException {
        List<StoredCase> found = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("""
                select c.id, c.applicant_subject, c.status, c.category, c.accepted_at, c.completed_at, c.returned_at,
                       m.promised_limit_days, c.detail::text
                from hall_case c join matter m on m.code = c.matter_code
                where c.applicant_subject like ?""")) {
            s.setString(1, subjectPrefix + "-%");
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.add(new StoredCase(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                            instant(r, 5), instant(r, 6), instant(r, 7), r.getInt(8), JSON.readTree(r.getString(9))));
                }
            }
        }
        return found;
    }

    private static List<Clock> clocks(Connection db, Set<String> caseIds) throws SQLException {
        List<Clock> found = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("""
                select id::text, case_id, kind, department_code, accepted_at, accepted_on, limit_days, extension_days,
                       suspended_working_days, due_on, due_at, state, outcome, stopped_at
                from deadline_clock where case_id = any(?)""")) {
            s.setArray(1, db.createArrayOf("text", caseIds.toArray()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.add(new Clock(r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                            instant(r, 5), r.getObject(6, LocalDate.class), r.getInt(7), r.getInt(8), r.getInt(9),
                            r.getObject(10, LocalDate.class), instant(r, 11), r.getString(12), r.getString(13),
                            instant(r, 14)));
                }
            }
        }
        return found;
    }

    private static void suspensions(Connection db, Set<String> caseIds, Map<String, Set<String>> all,
            Map<String, Set<String>> open) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("""
                select s.clock_id::text, s.suspension_id, s.resumed_at is null
                from clock_suspension s join deadline_clock k on k.id = s.clock_id where k.case_id = any(?)""")) {
            s.setArray(1, db.createArrayOf("text", caseIds.toArray()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    all.computeIfAbsent(r.getString(1), k -> new HashSet<>()).add(r.getString(2));
                    if (r.getBoolean(3)) {
                        open.computeIfAbsent(r.getString(1), k -> new HashSet<>()).add(r.getString(2));
                    }
                }
            }
        }
    }

    // ---- the invariants ---------------------------------------------------------------------------------------

    private static Result acknowledgedOnce(List<CaseLoad.Tracked> load, Map<String, List<StoredCase>> bySubject) {
        List<String> v = new ArrayList<>();
        for (CaseLoad.Tracked t : load) {
            List<StoredCase> stored = bySubject.getOrDefault(t.subject, List.of());
            if (stored.size() > 1) {
                v.add(t.subject + " is stored " + stored.size() + " times: " + stored.stream().map(StoredCase::id)
                        .toList());
            } else if (t.acknowledged && stored.isEmpty()) {
                v.add(t.subject + " was acknowledged as case " + t.id + " but is not stored");
            } else if (t.acknowledged && !stored.getFirst().id().equals(t.id)) {
                v.add(t.subject + " was acknowledged as case " + t.id + " but is stored as " + stored.getFirst().id());
            }
        }
        return new Result("every case the API acknowledged exists once", v, List.of());
    }

    private static Result acknowledgedStored(List<CaseLoad.Tracked> load, Map<String, StoredCase> cases) {
        List<String> v = new ArrayList<>();
        for (CaseLoad.Tracked t : load) {
            if (t.id == null || !t.certain || t.lastAcknowledgedStatus == null) {
                continue;
            }
            StoredCase c = cases.get(t.id);
            if (c != null && !c.status().equals(t.lastAcknowledgedStatus)) {
                v.add("case " + t.id + " was acknowledged " + t.lastAcknowledgedStatus + " but is stored "
                        + c.status());
            }
        }
        return new Result("every acknowledged step is stored (last acknowledged status = stored status)", v,
                List.of());
    }

    private static Result oneClockPerAcceptedCase(Map<String, StoredCase> cases, Map<String, List<Clock>> clocks) {
        List<String> v = new ArrayList<>();
        for (StoredCase c : cases.values()) {
            List<Clock> own = clocks.getOrDefault(c.id(), List.of());
            long applicant = own.stream().filter(k -> k.kind().equals("APPLICANT")).count();
            long departments = own.stream().filter(k -> k.kind().equals("DEPARTMENT")).count();
            int parts = c.detail().path("jointParts").size();
            if (c.acceptedAt() != null && (applicant != 1 || departments != parts)) {
                v.add("accepted case " + c.id() + " (" + c.status() + ") has " + applicant + " applicant clock(s) and "
                        + departments + " department clock(s), expected 1 and " + parts);
            } else if (c.acceptedAt() == null && own.stream().anyMatch(k -> !k.kind().equals(ACCEPTANCE))) {
                v.add("case " + c.id() + " was never accepted (" + c.status() + ") but has " + own.size()
                        + " clock(s)");
            }
            long waits = own.stream().filter(k -> k.kind().equals(ACCEPTANCE)).count();
            if (waits > 1) {
                v.add("case " + c.id() + " has " + waits + " acceptance clocks, expected at most 1");
            }
        }
        return new Result("every accepted case has exactly one clock in deadline-service (and one per joint part)",
                v, List.of());
    }

    private Result dueDates(Map<String, StoredCase> cases, Map<String, List<Clock>> clocks) {
        List<String> v = new ArrayList<>();
        for (StoredCase c : cases.values()) {
            for (Clock k : clocks.getOrDefault(c.id(), List.of())) {
                String problem = dueDateProblem(c, k);
                if (problem != null) {
                    v.add("case " + c.id() + " " + k.kind() + " " + k.departmentCode() + ": " + problem);
                }
            }
        }
        return new Result("every clock has the right due date", v, List.of());
    }

    /** What is wrong with the clock's terms and due date, or null. */
    String dueDateProblem(StoredCase c, Clock k) {
        if (k.kind().equals(ACCEPTANCE)) {
            return acceptanceDueDateProblem(c, k);
        }
        if (c.acceptedAt() == null || !sameInstant(c.acceptedAt(), k.acceptedAt())) {
            return "accepted at " + k.acceptedAt() + ", the case says " + c.acceptedAt();
        }
        LocalDate acceptedOn = c.acceptedAt().atZone(hallZone).toLocalDate();
        if (!acceptedOn.equals(k.acceptedOn())) {
            return "accepted on " + k.acceptedOn() + ", the hall date is " + acceptedOn;
        }
        int limit = expectedLimit(c, k);
        if (k.limitDays() != limit) {
            return "limit " + k.limitDays() + " working days, the matter says " + limit;
        }
        LocalDate due = calendar.addWorkingDays(acceptedOn, limit + k.extensionDays() + k.suspendedWorkingDays())
                .date();
        if (!due.equals(k.dueOn())) {
            return "due on " + k.dueOn() + ", expected " + due + " (" + acceptedOn + " + " + limit + " + "
                    + k.extensionDays() + " extension + " + k.suspendedWorkingDays() + " suspended working days)";
        }
        return null;
    }

    /**
     * The acceptance clock of a supplemented case (its materials complete, waiting for acceptance) starts when the
     * materials were complete, not at acceptance: its start is at or before the case's acceptance, its limit is the
     * acceptance limit, and its due date counts from its own start day.
     */
    private String acceptanceDueDateProblem(StoredCase c, Clock k) {
        if (k.acceptedAt() == null) {
            return "no start instant";
        }
        if (c.acceptedAt() != null && k.acceptedAt().isAfter(c.acceptedAt())) {
            return "started at " + k.acceptedAt() + ", after the case's acceptance at " + c.acceptedAt();
        }
        LocalDate startedOn = k.acceptedAt().atZone(hallZone).toLocalDate();
        if (!startedOn.equals(k.acceptedOn())) {
            return "started on " + k.acceptedOn() + ", the hall date is " + startedOn;
        }
        if (k.limitDays() != acceptanceWorkingDays) {
            return "limit " + k.limitDays() + " working days, the acceptance limit is " + acceptanceWorkingDays;
        }
        LocalDate due = calendar.addWorkingDays(startedOn, acceptanceWorkingDays + k.extensionDays()
                + k.suspendedWorkingDays()).date();
        return due.equals(k.dueOn()) ? null : "due on " + k.dueOn() + ", expected " + due;
    }

    private static int expectedLimit(StoredCase c, Clock k) {
        if (k.kind().equals("DEPARTMENT")) {
            for (JsonNode part : c.detail().path("jointParts")) {
                if (part.path("departmentCode").asString().equals(k.departmentCode())) {
                    return part.path("internalLimitDays").asInt();
                }
            }
            return -1;
        }
        return "IMMEDIATE".equals(c.detail().path("matter").path("category").asString()) ? 0 : c.promisedLimitDays();
    }

    private static Result stopsMatchCases(Map<String, StoredCase> cases, Map<String, List<Clock>> clocks) {
        List<String> v = new ArrayList<>();
        for (StoredCase c : cases.values()) {
            for (Clock k : clocks.getOrDefault(c.id(), List.of())) {
                if (k.kind().equals(ACCEPTANCE)) {
                    acceptanceStopProblem(c, k).ifPresent(v::add);
                    continue;
                }
                String expected = switch (c.status()) {
                    case "COMPLETED", "RETURNED" -> "STOPPED";
                    case "SUSPENDED" -> k.kind().equals("APPLICANT") ? "SUSPENDED" : null;
                    default -> null;
                };
                boolean decided = k.kind().equals("DEPARTMENT") && partDecided(c, k.departmentCode());
                if (expected == null && !decided && k.state().equals("STOPPED")) {
                    v.add("case " + c.id() + " is " + c.status() + " but its " + k.kind() + " clock is STOPPED");
                } else if (decided && !k.state().equals("STOPPED")) {
                    v.add("case " + c.id() + ": department " + k.departmentCode() + " decided, its clock is "
                            + k.state());
                } else if (expected != null && !decided && !expected.equals(k.state())) {
                    v.add("case " + c.id() + " is " + c.status() + " but its " + k.kind() + " clock is " + k.state());
                } else if (k.kind().equals("APPLICANT") && c.status().equals("COMPLETED")
                        && !(sameInstant(k.stoppedAt(), c.completedAt()) && Set.of("ON_TIME", "LATE")
                                .contains(k.outcome()))) {
                    v.add("case " + c.id() + " completed at " + c.completedAt() + ", its clock stopped at "
                            + k.stoppedAt() + " " + k.outcome());
                } else if (k.kind().equals("APPLICANT") && c.status().equals("RETURNED")
                        && !sameInstant(k.stoppedAt(), c.returnedAt())) {
                    v.add("case " + c.id() + " returned at " + c.returnedAt() + ", its clock stopped at "
                            + k.stoppedAt() + " " + k.outcome());
                }
            }
        }
        return new Result("every clock stop matches its case", v, List.of());
    }

    /** Accepted or returned, the case's acceptance clock is stopped, at the latest when the window acted. */
    static Optional<String> acceptanceStopProblem(StoredCase c, Clock k) {
        Instant acted = c.acceptedAt() != null ? c.acceptedAt() : c.returnedAt();
        if (acted == null) {
            return Optional.empty();
        }
        if (!k.state().equals("STOPPED") || k.stoppedAt() == null || k.stoppedAt().isAfter(acted.plusMillis(1))) {
            return Optional.of("case " + c.id() + " is " + c.status() + " since " + acted + " but its acceptance clock is "
                    + k.state() + (k.stoppedAt() == null ? "" : " since " + k.stoppedAt()));
        }
        return Optional.empty();
    }

    private static boolean partDecided(StoredCase c, String department) {
        for (JsonNode part : c.detail().path("jointParts")) {
            if (part.path("departmentCode").asString().equals(department)) {
                return decided(part);
            }
        }
        return false;
    }

    /** A joint part's decision is APPROVED or REFUSED (PENDING until the department decides). */
    static boolean decided(JsonNode part) {
        String decision = part.path("decision").asString("PENDING");
        return decision != null && !decision.isEmpty() && !decision.equals("PENDING");
    }

    private static Result suspensionsMatch(Map<String, StoredCase> cases, Map<String, List<Clock>> clocks,
            Map<String, Set<String>> all, Map<String, Set<String>> open) {
        List<String> v = new ArrayList<>();
        for (StoredCase c : cases.values()) {
            Set<String> ids = new HashSet<>();
            Set<String> openIds = new HashSet<>();
            for (JsonNode s : c.detail().path("suspensions")) {
                ids.add(s.path("id").asString());
                if (s.path("endedAt").isNull() || s.path("endedAt").isMissingNode()) {
                    openIds.add(s.path("id").asString());
                }
            }
            for (Clock k : clocks.getOrDefault(c.id(), List.of())) {
                if (!k.kind().equals("APPLICANT") || "STOPPED".equals(k.state())) {
                    continue;
                }
                Set<String> clockIds = all.getOrDefault(k.id(), Set.of());
                Set<String> clockOpen = open.getOrDefault(k.id(), Set.of());
                if (!clockIds.equals(ids) || !clockOpen.equals(openIds)) {
                    v.add("case " + c.id() + " suspensions " + ids + " (open " + openIds + "), its clock " + clockIds
                            + " (open " + clockOpen + ")");
                }
            }
        }
        return new Result("every suspension and resumption of a case is on its clock, once", v, List.of());
    }

    private Result caseServiceMirrorsClocks(Map<String, List<Clock>> clocks) throws SQLException {
        Map<String, String[]> mirror = new HashMap<>();
        try (Connection db = connect("case_service");
                PreparedStatement s = db.prepareStatement("select clock_id, state, due_at from case_deadline");
                ResultSet r = s.executeQuery()) {
            while (r.next()) {
                Timestamp due = r.getTimestamp(3);
                mirror.put(r.getString(1), new String[] {r.getString(2), due == null ? null
                        : due.toInstant().toString()});
            }
        }
        List<String> v = new ArrayList<>();
        clocks.values().stream().flatMap(List::stream).forEach(k -> {
            String[] m = mirror.get(k.id());
            if (m == null) {
                v.add("clock " + k.id() + " of case " + k.caseId() + " is missing in case-service");
            } else if (!k.state().equals(m[0]) || m[1] == null || !sameInstant(k.dueAt(), Instant.parse(m[1]))) {
                v.add("clock " + k.id() + " of case " + k.caseId() + " is " + k.state() + " due " + k.dueAt()
                        + ", case-service shows " + m[0] + " due " + m[1]);
            }
        });
        return new Result("case-service shows every clock as deadline-service holds it", v, List.of());
    }

    private Result callbackFrameMirrorsCases(Map<String, StoredCase> cases) throws SQLException {
        Map<String, Instant[]> frame = new HashMap<>();
        try (Connection db = connect("callback_service");
                PreparedStatement s = db.prepareStatement(
                        "select case_id, accepted_at, completed_at, returned_at from hall_case where case_id = any(?)")) {
            s.setArray(1, db.createArrayOf("text", cases.keySet().toArray()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    frame.put(r.getString(1), new Instant[] {instant(r, 2), instant(r, 3), instant(r, 4)});
                }
            }
        }
        List<String> v = new ArrayList<>();
        for (StoredCase c : cases.values()) {
            Instant[] f = frame.get(c.id());
            if (f == null) {
                v.add("case " + c.id() + " (" + c.status() + ") is missing in callback-service's sampling frame");
            } else if (!sameInstant(f[0], c.acceptedAt()) || !sameInstant(f[1], c.completedAt())
                    || !sameInstant(f[2], c.returnedAt())) {
                v.add("case " + c.id() + " accepted/completed/returned " + c.acceptedAt() + "/" + c.completedAt()
                        + "/" + c.returnedAt() + ", callback-service has " + f[0] + "/" + f[1] + "/" + f[2]);
            }
        }
        return new Result("callback-service's sampling frame has every case as case-service holds it", v, List.of());
    }

    private Result outboxesPublished() throws SQLException {
        List<String> v = new ArrayList<>();
        for (String database : DATABASES) {
            try (Connection db = connect(database);
                    PreparedStatement s = db.prepareStatement("""
                            select count(*), min(created_at), max(attempts), max(last_error)
                            from outbox_event where published_at is null""");
                    ResultSet r = s.executeQuery()) {
                r.next();
                if (r.getLong(1) > 0) {
                    v.add(database + ": " + r.getLong(1) + " unpublished outbox row(s) since " + r.getTimestamp(2)
                            + ", up to " + r.getInt(3) + " attempts, last error " + r.getString(4));
                }
            }
        }
        return new Result("no outbox row is left unpublished", v, List.of());
    }

    /**
     * No consumer applied an event twice: no inbox holds an event id twice for one consumer, and the effects that
     * an event applied twice would double are single: one DeadlineStarted per clock, one DeadlineStopped per
     * stopped clock (deadline-service's outbox), one CaseAccepted per accepted case (case-service's outbox).
     */
    private Result appliedOnce(Map<String, StoredCase> cases, Map<String, List<Clock>> clocks) throws SQLException {
        List<String> v = new ArrayList<>();
        for (String database : DATABASES) {
            try (Connection db = connect(database);
                    PreparedStatement s = db.prepareStatement("""
                            select consumer, event_id, count(*) from processed_event
                            group by consumer, event_id having count(*) > 1""");
                    ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    v.add(database + ": consumer " + r.getString(1) + " applied " + r.getString(2) + " "
                            + r.getLong(3) + " times");
                }
            }
        }
        Map<String, Long> started;
        Map<String, Long> stopped;
        try (Connection db = connect("deadline_service")) {
            started = countByPayloadField(db, "hall.deadline.started.v1", "clockId");
            stopped = countByPayloadField(db, "hall.deadline.stopped.v1", "clockId");
        }
        clocks.values().stream().flatMap(List::stream).forEach(k -> {
            long s = started.getOrDefault(k.id(), 0L);
            long e = stopped.getOrDefault(k.id(), 0L);
            if (s != 1 || e != (k.state().equals("STOPPED") ? 1 : 0)) {
                v.add("clock " + k.id() + " of case " + k.caseId() + " (" + k.state() + ") published " + s
                        + " DeadlineStarted and " + e + " DeadlineStopped");
            }
        });
        Map<String, Long> accepted;
        try (Connection db = connect("case_service")) {
            accepted = countByPayloadField(db, "hall.case.accepted.v1", "caseId");
        }
        for (StoredCase c : cases.values()) {
            long n = accepted.getOrDefault(c.id(), 0L);
            if (n != (c.acceptedAt() == null ? 0 : 1)) {
                v.add("case " + c.id() + " (" + c.status() + ") published " + n + " CaseAccepted");
            }
        }
        return new Result("no consumer applied an event twice (inboxes, clocks started and stopped once)", v,
                List.of());
    }

    private static Map<String, Long> countByPayloadField(Connection db, String type, String field)
            throws SQLException {
        Map<String, Long> counts = new HashMap<>();
        try (PreparedStatement s = db.prepareStatement("""
                select payload::jsonb ->> ?, count(*) from outbox_event where event_type = ? group by 1""")) {
            s.setString(1, field);
            s.setString(2, type);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    counts.put(r.getString(1), r.getLong(2));
                }
            }
        }
        return counts;
    }

    private Result deadLetters() throws SQLException {
        List<String> v = new ArrayList<>();
        List<String> listed = new ArrayList<>();
        for (String database : DATABASES) {
            try (Connection db = connect(database);
                    PreparedStatement s = db.prepareStatement("""
                            select consumer_group, original_topic, event_type, message_key, exception_class,
                                   exception_message, status
                            from dead_letter order by parked_at""");
                    ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String line = database + ": " + r.getString(1) + " parked " + r.getString(3) + " (key "
                            + r.getString(4) + ") from " + r.getString(2) + " [" + r.getString(7) + "]: "
                            + r.getString(5) + ": " + Objects.toString(r.getString(6), "");
                    if (r.getString(5) == null) {
                        v.add(line + " (no cause recorded)");
                    } else {
                        listed.add(line);
                    }
                }
            }
        }
        return new Result("dead letters are zero or listed with their cause (" + listed.size() + " parked)", v,
                listed);
    }

    private static boolean sameInstant(Instant a, Instant b) {
        if (a == null || b == null) {
            return a == b;
        }
        return Math.abs(a.toEpochMilli() - b.toEpochMilli()) <= 1;
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        Timestamp t = r.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
