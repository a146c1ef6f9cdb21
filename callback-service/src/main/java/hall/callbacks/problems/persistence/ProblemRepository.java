package hall.callbacks.problems.persistence;

import hall.callbacks.problems.domain.EscalationLevel;
import hall.callbacks.problems.domain.OwnerIssueStatistics;
import hall.callbacks.problems.domain.OwnerSubject;
import hall.callbacks.problems.domain.Problem;
import hall.callbacks.problems.domain.ProblemStatus;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static hall.callbacks.shared.persistence.Timestamps.instant;
import static hall.callbacks.shared.persistence.Timestamps.ts;

@Repository
public class ProblemRepository {

    private final JdbcClient jdbc;

    public ProblemRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Problem p) {
        jdbc.sql("""
                insert into problem (id, window_code, department_code, source, callback_id, dimension, description,
                    status, round, escalation_level, opened_at, due_date, project_code, visit_id, contact_ref,
                    category, raised_at, closed_how, closure_reason, closed_by, closed_at)
                values (:id, :window, :department, :source, :callback, :dimension, :description, :status, :round,
                    :level, :opened, :due, :project, :visit, :contactRef, :category, :opened, :how, :reason,
                    :closedBy, :closedAt)""")
                .params(keys(p)).update();
    }

    public void update(Problem p) {
        jdbc.sql("""
                update problem set department_code = :department, status = :status, round = :round, escalation_level = :level, opened_at = :opened,
                    due_date = :due, measures = :measures, rectified_by = :rectifiedBy, rectified_at = :rectifiedAt,
                    re_callback_id = :reCallback, overdue_announced = :announced, closed_how = :how,
                    closure_reason = :reason, closed_by = :closedBy, closed_at = :closedAt
                where id = :id""")
                .params(keys(p)).update();
    }

    private static Map<String, Object> keys(Problem p) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", p.id());
        m.put("window", p.windowCode());
        m.put("department", p.departmentCode());
        m.put("source", p.source());
        m.put("callback", p.callbackId());
        m.put("dimension", p.dimension());
        m.put("description", p.description());
        m.put("status", p.status().name());
        m.put("round", p.round());
        m.put("level", p.level().name());
        m.put("opened", ts(p.openedAt()));
        m.put("due", p.dueDate() == null ? null : Date.valueOf(p.dueDate()));
        m.put("measures", p.measures());
        m.put("rectifiedBy", p.rectifiedBy());
        m.put("rectifiedAt", ts(p.rectifiedAt()));
        m.put("reCallback", p.reCallbackId());
        m.put("announced", p.overdueAnnounced());
        m.put("how", p.closedHow());
        m.put("reason", p.closureReason());
        m.put("closedBy", p.closedBy());
        m.put("closedAt", ts(p.closedAt()));
        OwnerSubject owner = p.owner();
        m.put("project", owner == null ? null : owner.projectCode());
        m.put("visit", owner == null ? null : owner.visitId());
        m.put("contactRef", owner == null ? null : owner.contactRef());
        m.put("category", owner == null ? null : owner.category());
        return m;
    }

    public Optional<Problem> lock(String id) {
        return jdbc.sql("select * from problem where id = :id for update").param("id", id)
                .query((RowMapper<Problem>) ProblemRepository::problem).optional();
    }

    public Optional<Problem> find(String id) {
        return jdbc.sql("select * from problem where id = :id").param("id", id)
                .query((RowMapper<Problem>) ProblemRepository::problem).optional();
    }

    public Optional<Problem> lockByReCallback(String taskId) {
        return jdbc.sql("select * from problem where re_callback_id = :task for update").param("task", taskId)
                .query((RowMapper<Problem>) ProblemRepository::problem).optional();
    }

    /** Problems by window, department and status (null matches all); {@code overdueOn} keeps the overdue ones. */
    public List<Problem> list(String window, String department, String project, String status, LocalDate overdueOn,
            int limit) {
        StringBuilder sql = new StringBuilder("select * from problem where true");
        Map<String, Object> params = new HashMap<>();
        if (project != null) {
            sql.append(" and project_code = :project");
            params.put("project", project);
        }
        if (window != null) {
            sql.append(" and window_code = :window");
            params.put("window", window);
        }
        if (department != null) {
            sql.append(" and department_code = :department");
            params.put("department", department);
        }
        if (status != null) {
            sql.append(" and status = :status");
            params.put("status", status);
        }
        if (overdueOn != null) {
            sql.append(" and status = 'OPEN' and due_date < :today");
            params.put("today", Date.valueOf(overdueOn));
        }
        sql.append(" order by opened_at desc, id limit ").append(limit);
        return jdbc.sql(sql.toString()).params(params).query((RowMapper<Problem>) ProblemRepository::problem).list();
    }

    /** Ids of open problems whose due date the calendar has not given yet, oldest first. */
    public List<String> pendingDueDates(int limit) {
        return jdbc.sql("select id from problem where due_date is null and status = 'OPEN' order by opened_at limit "
                + limit).query(String.class).list();
    }

    /** Sets a due date the calendar answered late, unless one was set meanwhile; true when set. */
    public boolean setDueIfPending(String id, LocalDate due) {
        return jdbc.sql("update problem set due_date = :due where id = :id and due_date is null and status = 'OPEN'")
                .param("id", id).param("due", Date.valueOf(due)).update() == 1;
    }

    /** Ids of open problems past their due date and not announced yet. */
    public List<String> overdueUnannounced(LocalDate today, int limit) {
        return jdbc.sql("""
                select id from problem where status = 'OPEN' and due_date < :today and not overdue_announced
                order by due_date limit :limit""").param("today", Date.valueOf(today)).param("limit", limit)
                .query(String.class).list();
    }

    /** A project's owners' issues raised in a year (hall dates), as the yearly statistics count them. */
    public List<OwnerIssueStatistics.Issue> ownerIssuesRaisedIn(String project, int year, java.time.ZoneId zone) {
        return jdbc.sql("""
                select id, category, department_code, description, status, closed_how, closure_reason,
                       (raised_at at time zone :zone)::date as raised_on, (closed_at at time zone :zone)::date as closed_on
                from problem
                where project_code = :project and extract(year from raised_at at time zone :zone) = :year
                order by raised_at, id""")
                .param("project", project).param("year", year).param("zone", zone.getId())
                .query((rs, n) -> new OwnerIssueStatistics.Issue(rs.getString("id"), rs.getString("category"),
                        rs.getString("department_code"), rs.getString("description"),
                        ProblemStatus.valueOf(rs.getString("status")), rs.getString("closed_how"),
                        rs.getString("closure_reason"), rs.getObject("raised_on", LocalDate.class),
                        rs.getObject("closed_on", LocalDate.class)))
                .list();
    }

    private static Problem problem(ResultSet rs, int n) throws SQLException {
        return new Problem(rs.getString("id"), rs.getString("window_code"), rs.getString("department_code"),
                rs.getString("source"), rs.getString("callback_id"), rs.getString("dimension"),
                rs.getString("description"), ProblemStatus.valueOf(rs.getString("status")), rs.getInt("round"),
                EscalationLevel.valueOf(rs.getString("escalation_level")), instant(rs, "opened_at"),
                rs.getObject("due_date", LocalDate.class), rs.getString("measures"), rs.getString("rectified_by"),
                instant(rs, "rectified_at"), rs.getString("re_callback_id"), rs.getBoolean("overdue_announced"),
                rs.getString("closed_how"), rs.getString("closure_reason"), rs.getString("closed_by"),
                instant(rs, "closed_at"), rs.getString("project_code") == null ? null
                        : new OwnerSubject(rs.getString("project_code"), rs.getString("visit_id"),
                                rs.getString("contact_ref"), rs.getString("category")));
    }
}
