package hall.callbacks.visits.persistence;

import hall.callbacks.shared.PlanStatus;
import hall.callbacks.visits.domain.Visit;
import hall.callbacks.visits.domain.VisitKind;
import hall.callbacks.visits.domain.VisitMethod;
import hall.callbacks.visits.domain.VisitPlan;
import hall.callbacks.visits.domain.VisitStatus;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static hall.callbacks.shared.persistence.Timestamps.instant;
import static hall.callbacks.shared.persistence.Timestamps.ts;

/** Visit plans and owner visits. */
@Repository
public class VisitRepository {

    private final JdbcClient jdbc;

    public VisitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts a plan; the partial unique index refuses a second live plan of the project and month. */
    public void insert(VisitPlan p) {
        jdbc.sql("""
                insert into visit_plan (id, project_code, month, status, proposed_by, proposed_at)
                values (:id, :project, :month, :status, :by, :at)""")
                .param("id", p.id()).param("project", p.projectCode()).param("month", p.month().toString())
                .param("status", p.status().name()).param("by", p.proposedBy()).param("at", ts(p.proposedAt()))
                .update();
    }

    public boolean monthTaken(String project, YearMonth month) {
        return jdbc.sql("select count(*) from visit_plan where project_code = :p and month = :m and status <> 'RETURNED'")
                .param("p", project).param("m", month.toString()).query(Long.class).single() > 0;
    }

    public void update(VisitPlan p) {
        jdbc.sql("""
                update visit_plan set status = :status, decided_by = :by, decided_at = :at, decision_reason = :reason
                where id = :id""")
                .param("id", p.id()).param("status", p.status().name()).param("by", p.decidedBy())
                .param("at", ts(p.decidedAt())).param("reason", p.reason()).update();
    }

    public Optional<VisitPlan> lockPlan(String id) {
        return jdbc.sql("select * from visit_plan where id = :id for update").param("id", id)
                .query((RowMapper<VisitPlan>) VisitRepository::plan).optional();
    }

    public Optional<VisitPlan> findPlan(String id) {
        return jdbc.sql("select * from visit_plan where id = :id").param("id", id)
                .query((RowMapper<VisitPlan>) VisitRepository::plan).optional();
    }

    public List<VisitPlan> plans(String project, String month) {
        StringBuilder sql = new StringBuilder("select * from visit_plan where true");
        Map<String, Object> params = new HashMap<>();
        if (project != null) {
            sql.append(" and project_code = :project");
            params.put("project", project);
        }
        if (month != null) {
            sql.append(" and month = :month");
            params.put("month", month);
        }
        sql.append(" order by month desc, proposed_at desc limit 200");
        return jdbc.sql(sql.toString()).params(params).query((RowMapper<VisitPlan>) VisitRepository::plan).list();
    }

    /** Inserts a visit; false when one with the same source reference exists (a redelivered order or complaint). */
    public boolean insert(Visit v) {
        return jdbc.sql("""
                insert into owner_visit (id, project_code, owner_id, plan_id, kind, method, status, planned_on,
                    planned_at, content, purpose, source_ref, created_at)
                values (:id, :project, :owner, :plan, :kind, :method, :status, :on, :at, :content, :purpose, :source,
                    :created)
                on conflict (source_ref) do nothing""")
                .param("id", v.id()).param("project", v.projectCode()).param("owner", v.ownerId())
                .param("plan", v.planId()).param("kind", v.kind().name()).param("method", v.method().name())
                .param("status", v.status().name()).param("on", Date.valueOf(v.plannedOn()))
                .param("at", Time.valueOf(v.plannedAt())).param("content", v.content())
                .param("purpose", v.purpose()).param("source", v.sourceRef()).param("created", ts(v.createdAt()))
                .update() == 1;
    }

    public void update(Visit v) {
        jdbc.sql("""
                update owner_visit set method = :method, status = :status, notes = :notes, visited_by = :by,
                    visited_at = :at where id = :id""")
                .param("id", v.id()).param("method", v.method().name()).param("status", v.status().name())
                .param("notes", v.notes()).param("by", v.visitedBy()).param("at", ts(v.visitedAt())).update();
    }

    /** Moves the visits of a plan from one status to another (released on approval, withdrawn when sent back). */
    public void setPlanVisits(String planId, VisitStatus to) {
        jdbc.sql("update owner_visit set status = :to where plan_id = :plan and status = 'PROPOSED'")
                .param("plan", planId).param("to", to.name()).update();
    }

    public Optional<Visit> lock(String id) {
        return jdbc.sql("select * from owner_visit where id = :id for update").param("id", id)
                .query((RowMapper<Visit>) VisitRepository::visit).optional();
    }

    public Optional<Visit> find(String id) {
        return jdbc.sql("select * from owner_visit where id = :id").param("id", id)
                .query((RowMapper<Visit>) VisitRepository::visit).optional();
    }

    public Optional<Visit> bySource(String sourceRef) {
        return jdbc.sql("select * from owner_visit where source_ref = :s").param("s", sourceRef)
                .query((RowMapper<Visit>) VisitRepository::visit).optional();
    }

    /** The visit on which the complaint with this id (the id case-service files it under) was raised. */
    public Optional<Visit> raisedComplaintOn(String complaintId) {
        return jdbc.sql("select v.* from owner_visit v join visit_complaint c on c.visit_id = v.id where c.id = :id")
                .param("id", complaintId).query((RowMapper<Visit>) VisitRepository::visit).optional();
    }

    public List<Visit> ofPlan(String planId) {
        return jdbc.sql("select * from owner_visit where plan_id = :plan order by planned_on, planned_at, id")
                .param("plan", planId).query((RowMapper<Visit>) VisitRepository::visit).list();
    }

    public List<Visit> list(String project, String status, String owner, int limit) {
        StringBuilder sql = new StringBuilder("select * from owner_visit where project_code = :project");
        Map<String, Object> params = new HashMap<>();
        params.put("project", project);
        if (status != null) {
            sql.append(" and status = :status");
            params.put("status", status);
        }
        if (owner != null) {
            sql.append(" and owner_id = :owner");
            params.put("owner", owner);
        }
        sql.append(" order by planned_on, planned_at, id limit ").append(limit);
        return jdbc.sql(sql.toString()).params(params).query((RowMapper<Visit>) VisitRepository::visit).list();
    }

    /**
     * Per owner of the project, the latest visit made or still to be made (released or proposed in a live plan):
     * what the cadence counts from.
     */
    public Map<String, LocalDate> lastVisits(String project, java.time.ZoneId zone) {
        Map<String, LocalDate> last = new HashMap<>();
        jdbc.sql("""
                select owner_id, max(case when status = 'DONE' then (visited_at at time zone :zone)::date
                                          else planned_on end) as last
                from owner_visit where project_code = :project and status <> 'WITHDRAWN'
                group by owner_id""")
                .param("project", project).param("zone", zone.getId())
                .query(rs -> {
                    last.put(rs.getString(1), rs.getObject(2, LocalDate.class));
                });
        return last;
    }

    public void insertComplaint(String id, String visitId, String description, String by, java.time.Instant at) {
        jdbc.sql("""
                insert into visit_complaint (id, visit_id, description, raised_by, raised_at)
                values (:id, :visit, :description, :by, :at)""")
                .param("id", id).param("visit", visitId).param("description", description).param("by", by)
                .param("at", ts(at)).update();
    }

    /** The supervisor's sign-off of a month's report; false when the month was signed off already. */
    public boolean signOff(String project, YearMonth month, String by, java.time.Instant at, String note) {
        return jdbc.sql("""
                insert into visit_report_sign_off (project_code, month, signed_by, signed_at, note)
                values (:p, :m, :by, :at, :note) on conflict do nothing""")
                .param("p", project).param("m", month.toString()).param("by", by).param("at", ts(at))
                .param("note", note).update() == 1;
    }

    public record SignOff(String signedBy, java.time.Instant signedAt, String note) {
    }

    public Optional<SignOff> signOff(String project, YearMonth month) {
        return jdbc.sql("select signed_by, signed_at, note from visit_report_sign_off where project_code = :p and month = :m")
                .param("p", project).param("m", month.toString())
                .query((rs, n) -> new SignOff(rs.getString(1), instant(rs, "signed_at"), rs.getString(3))).optional();
    }

    /** The visits of a project planned or made in a month (hall dates). */
    public List<Visit> ofMonth(String project, YearMonth month, java.time.ZoneId zone) {
        return jdbc.sql("""
                select * from owner_visit where project_code = :p and status in ('PLANNED', 'DONE')
                  and (planned_on between :from and :to
                       or (visited_at at time zone :zone)::date between :from and :to)
                order by planned_on, id""")
                .param("p", project).param("from", Date.valueOf(month.atDay(1)))
                .param("to", Date.valueOf(month.atEndOfMonth())).param("zone", zone.getId())
                .query((RowMapper<Visit>) VisitRepository::visit).list();
    }

    private static VisitPlan plan(ResultSet rs, int n) throws SQLException {
        return new VisitPlan(rs.getString("id"), rs.getString("project_code"), YearMonth.parse(rs.getString("month")),
                PlanStatus.valueOf(rs.getString("status")), rs.getString("proposed_by"), instant(rs, "proposed_at"),
                rs.getString("decided_by"), instant(rs, "decided_at"), rs.getString("decision_reason"));
    }

    private static Visit visit(ResultSet rs, int n) throws SQLException {
        return new Visit(rs.getString("id"), rs.getString("project_code"), rs.getString("owner_id"),
                rs.getString("plan_id"), VisitKind.valueOf(rs.getString("kind")),
                VisitMethod.valueOf(rs.getString("method")), VisitStatus.valueOf(rs.getString("status")),
                rs.getObject("planned_on", LocalDate.class), rs.getTime("planned_at").toLocalTime(),
                rs.getString("content"), rs.getString("purpose"), rs.getString("source_ref"), rs.getString("notes"),
                rs.getString("visited_by"), instant(rs, "visited_at"), instant(rs, "created_at"));
    }
}
