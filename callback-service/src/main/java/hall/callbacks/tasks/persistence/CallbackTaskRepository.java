package hall.callbacks.tasks.persistence;

import hall.callbacks.tasks.domain.Attempt;
import hall.callbacks.tasks.domain.AttemptResult;
import hall.callbacks.tasks.domain.CalledPeople;
import hall.callbacks.tasks.domain.CallbackTask;
import hall.callbacks.tasks.domain.Dimension;
import hall.callbacks.tasks.domain.Outcome;
import hall.callbacks.tasks.domain.Rating;
import hall.callbacks.tasks.domain.TaskKind;
import hall.callbacks.tasks.domain.TaskStatus;
import org.springframework.jdbc.core.RowMapper;
import static hall.callbacks.shared.persistence.Timestamps.instant;
import static hall.callbacks.shared.persistence.Timestamps.ts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Callback tasks, their attempts and outcomes. */
@Repository
public class CallbackTaskRepository {

    private final JdbcClient jdbc;

    public CallbackTaskRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a task unless one with its source exists; true when inserted. */
    public boolean insert(CallbackTask t) {
        return jdbc.sql("""
                insert into callback_task (id, kind, source_ref, round_id, case_id, contact_ref, applicant_subject,
                    window_code, department_code, status, agent, due_date, created_at)
                values (:id, :kind, :source, :round, :caseId, :ref, :subject, :window, :department, :status, :agent,
                    :due, :created)
                on conflict (source_ref) do nothing""")
                .param("id", t.id()).param("kind", t.kind().name()).param("source", t.sourceRef())
                .param("round", t.roundId()).param("caseId", t.caseId()).param("ref", t.contactRef())
                .param("subject", t.applicantSubject()).param("window", t.windowCode())
                .param("department", t.departmentCode()).param("status", t.status().name())
                .param("agent", t.agent()).param("due", t.dueDate() == null ? null : Date.valueOf(t.dueDate()))
                .param("created", ts(t.createdAt())).update() == 1;
    }

    /** Stores a changed task: status, agent, new attempts and the outcome. */
    public void update(CallbackTask before, CallbackTask after) {
        jdbc.sql("""
                update callback_task set status = :status, agent = :agent, finished_at = :finished,
                    version = version + 1
                where id = :id""")
                .param("id", after.id()).param("status", after.status().name()).param("agent", after.agent())
                .param("finished", ts(after.finishedAt())).update();
        for (Attempt a : after.attempts().subList(before.attempts().size(), after.attempts().size())) {
            jdbc.sql("""
                    insert into callback_attempt (task_id, number, result, attempted_at, hall_date, agent, note)
                    values (:task, :number, :result, :at, :day, :agent, :note)""")
                    .param("task", after.id()).param("number", a.number()).param("result", a.result().name())
                    .param("at", ts(a.attemptedAt())).param("day", Date.valueOf(a.hallDate()))
                    .param("agent", a.agent()).param("note", a.note()).update();
        }
        if (before.outcome() == null && after.outcome() != null) {
            Outcome o = after.outcome();
            jdbc.sql("""
                    insert into callback_outcome (task_id, service_attitude, efficiency, published_procedure,
                        no_outside_handling, integrity, overall, comments, suggestions, recorded_at)
                    values (:task, :attitude, :efficiency, :procedure, :outside, :integrity, :overall, :comments,
                        :suggestions, :at)""")
                    .param("task", after.id())
                    .param("attitude", o.answers().get(Dimension.SERVICE_ATTITUDE).name())
                    .param("efficiency", o.answers().get(Dimension.EFFICIENCY).name())
                    .param("procedure", o.answers().get(Dimension.PUBLISHED_PROCEDURE).name())
                    .param("outside", o.answers().get(Dimension.NO_OUTSIDE_HANDLING).name())
                    .param("integrity", o.answers().get(Dimension.INTEGRITY).name())
                    .param("overall", o.answers().get(Dimension.OVERALL).name())
                    .param("comments", o.comments()).param("suggestions", o.suggestions())
                    .param("at", ts(after.finishedAt())).update();
        }
    }

    public void insertComplaint(String id, String taskId, String subjectType, String subjectRef, String description,
            String raisedBy, Instant at) {
        jdbc.sql("""
                insert into callback_complaint (id, task_id, subject_type, subject_ref, description, raised_by, raised_at)
                values (:id, :task, :type, :ref, :description, :by, :at)""")
                .param("id", id).param("task", taskId).param("type", subjectType).param("ref", subjectRef)
                .param("description", description).param("by", raisedBy).param("at", ts(at)).update();
    }

    /** The task locked for a change, with its attempts and outcome. */
    public Optional<CallbackTask> lock(String id) {
        return load(TASK_COLUMNS + " where id = :id for update", Map.of("id", id)).stream().findFirst();
    }

    public Optional<CallbackTask> find(String id) {
        return load(TASK_COLUMNS + " where id = :id", Map.of("id", id)).stream().findFirst();
    }

    /** Tasks matching the filters that are given (null filters match everything), newest first. */
    public List<CallbackTask> list(String window, String status, String agent, String round, int limit) {
        StringBuilder sql = new StringBuilder(TASK_COLUMNS + " where true");
        Map<String, Object> params = new java.util.HashMap<>();
        if (window != null) {
            sql.append(" and window_code = :window");
            params.put("window", window);
        }
        if (status != null) {
            sql.append(" and status = :status");
            params.put("status", status);
        }
        if (agent != null) {
            sql.append(" and agent = :agent");
            params.put("agent", agent);
        }
        if (round != null) {
            sql.append(" and round_id = :round");
            params.put("round", round);
        }
        sql.append(" order by created_at desc, id limit ").append(limit);
        return load(sql.toString(), params);
    }

    /** Open complaint callbacks whose due date the calendar could not give yet, oldest first. */
    public List<CallbackTask> complaintCallbacksWithoutDueDate(int limit) {
        return load(TASK_COLUMNS + " where kind = 'COMPLAINT' and due_date is null and finished_at is null"
                + " order by created_at, id limit " + limit, Map.of());
    }

    /** Sets the due date of a task that still has none; false when another answer set it first. */
    public boolean setDueDateIfPending(String id, LocalDate due) {
        return jdbc.sql("update callback_task set due_date = :due, version = version + 1 where id = :id and due_date is null")
                .param("due", due).param("id", id).update() == 1;
    }

    public List<CallbackTask> ofRound(String roundId) {
        return load(TASK_COLUMNS + " where round_id = :round order by window_code, created_at, id",
                Map.of("round", roundId));
    }

    /** The case ids of a window drawn in earlier rounds. */
    public Set<String> drawnCases(String windowCode) {
        return new HashSet<>(jdbc.sql("select case_id from callback_task where kind = 'ROUND' and window_code = :w")
                .param("w", windowCode).query(String.class).list());
    }

    /** Who was called (any attempt) since {@code since}: contact references and applicant accounts. */
    public CalledPeople calledSince(Instant since) {
        Set<String> refs = new HashSet<>();
        Set<String> subjects = new HashSet<>();
        jdbc.sql("""
                select distinct t.contact_ref, t.applicant_subject from callback_task t
                where exists (select 1 from callback_attempt a where a.task_id = t.id and a.attempted_at >= :since)""")
                .param("since", ts(since)).query(rs -> {
                    refs.add(rs.getString(1));
                    if (rs.getString(2) != null) {
                        subjects.add(rs.getString(2));
                    }
                });
        return new CalledPeople(refs, subjects);
    }

    private static final String TASK_COLUMNS = """
            select id, kind, source_ref, round_id, case_id, contact_ref, applicant_subject, window_code,
                   department_code, status, agent, due_date, created_at, finished_at
            from callback_task""";

    private record Row(String id, TaskKind kind, String sourceRef, String roundId, String caseId, String contactRef,
            String applicantSubject, String windowCode, String departmentCode, TaskStatus status, String agent,
            java.time.LocalDate dueDate, Instant createdAt, Instant finishedAt) {
    }

    private List<CallbackTask> load(String sql, Map<String, ?> params) {
        List<Row> rows = jdbc.sql(sql).params(params).query((RowMapper<Row>) (rs, n) -> new Row(rs.getString("id"),
                TaskKind.valueOf(rs.getString("kind")), rs.getString("source_ref"), rs.getString("round_id"),
                rs.getString("case_id"), rs.getString("contact_ref"), rs.getString("applicant_subject"),
                rs.getString("window_code"), rs.getString("department_code"),
                TaskStatus.valueOf(rs.getString("status")), rs.getString("agent"),
                rs.getObject("due_date", java.time.LocalDate.class), instant(rs, "created_at"),
                instant(rs, "finished_at"))).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<String> ids = rows.stream().map(Row::id).toList();
        Map<String, List<Attempt>> attempts = attempts(ids);
        Map<String, Outcome> outcomes = outcomes(ids);
        List<CallbackTask> tasks = new ArrayList<>(rows.size());
        for (Row r : rows) {
            tasks.add(new CallbackTask(r.id(), r.kind(), r.sourceRef(), r.roundId(), r.caseId(), r.contactRef(),
                    r.applicantSubject(), r.windowCode(), r.departmentCode(), r.status(), r.agent(), r.dueDate(),
                    r.createdAt(), r.finishedAt(), attempts.getOrDefault(r.id(), List.of()), outcomes.get(r.id())));
        }
        return tasks;
    }

    private Map<String, List<Attempt>> attempts(Collection<String> ids) {
        Map<String, List<Attempt>> byTask = new java.util.HashMap<>();
        jdbc.sql("""
                select task_id, number, result, attempted_at, hall_date, agent, note from callback_attempt
                where task_id in (:ids) order by task_id, number""")
                .param("ids", ids).query(rs -> {
                    byTask.computeIfAbsent(rs.getString("task_id"), k -> new ArrayList<>())
                            .add(new Attempt(rs.getInt("number"), AttemptResult.valueOf(rs.getString("result")),
                                    instant(rs, "attempted_at"), rs.getObject("hall_date", java.time.LocalDate.class),
                                    rs.getString("agent"), rs.getString("note")));
                });
        return byTask;
    }

    private Map<String, Outcome> outcomes(Collection<String> ids) {
        Map<String, Outcome> byTask = new java.util.HashMap<>();
        jdbc.sql("""
                select task_id, service_attitude, efficiency, published_procedure, no_outside_handling, integrity,
                       overall, comments, suggestions
                from callback_outcome where task_id in (:ids)""")
                .param("ids", ids).query(rs -> {
                    Map<Dimension, Rating> answers = new EnumMap<>(Dimension.class);
                    answers.put(Dimension.SERVICE_ATTITUDE, Rating.valueOf(rs.getString("service_attitude")));
                    answers.put(Dimension.EFFICIENCY, Rating.valueOf(rs.getString("efficiency")));
                    answers.put(Dimension.PUBLISHED_PROCEDURE, Rating.valueOf(rs.getString("published_procedure")));
                    answers.put(Dimension.NO_OUTSIDE_HANDLING, Rating.valueOf(rs.getString("no_outside_handling")));
                    answers.put(Dimension.INTEGRITY, Rating.valueOf(rs.getString("integrity")));
                    answers.put(Dimension.OVERALL, Rating.valueOf(rs.getString("overall")));
                    byTask.put(rs.getString("task_id"),
                            new Outcome(answers, rs.getString("comments"), rs.getString("suggestions")));
                });
        return byTask;
    }
}
