package hall.caseservice.cases.application;

import hall.caseservice.cases.persistence.CaseRepository;
import hall.deadlines.events.DeadlineChanged;
import hall.deadlines.events.DeadlineStarted;
import hall.deadlines.events.DeadlineStopped;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/** Due dates of cases as deadline-service reports them (fed by hall.deadline-events). */
@Component
public class DeadlineReadModel {

    private final JdbcClient jdbc;

    public DeadlineReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void started(DeadlineStarted e) {
        jdbc.sql("""
                insert into case_deadline (clock_id, case_id, kind, department_code, limit_days, due_at, provisional,
                    state)
                values (:clock, :case, :kind, :dept, :limit, :due, :provisional, 'RUNNING')
                on conflict (clock_id) do update set due_at = excluded.due_at, provisional = excluded.provisional,
                    limit_days = excluded.limit_days, department_code = excluded.department_code, updated_at = now()""")
                .param("clock", e.clockId()).param("case", e.caseId()).param("kind", e.kind().name())
                .param("dept", e.departmentCode()).param("limit", e.limitDays())
                .param("due", CaseRepository.ts(e.dueAt())).param("provisional", e.provisional()).update();
    }

    public void changed(DeadlineChanged e) {
        jdbc.sql("""
                insert into case_deadline (clock_id, case_id, kind, due_at, provisional, state)
                values (:clock, :case, :kind, :due, :provisional, 'RUNNING')
                on conflict (clock_id) do update set due_at = excluded.due_at, provisional = excluded.provisional,
                    updated_at = now()""")
                .param("clock", e.clockId()).param("case", e.caseId()).param("kind", e.kind().name())
                .param("due", CaseRepository.ts(e.dueAt())).param("provisional", e.provisional()).update();
    }

    public void stopped(DeadlineStopped e) {
        jdbc.sql("""
                insert into case_deadline (clock_id, case_id, kind, state, outcome)
                values (:clock, :case, :kind, 'STOPPED', :outcome)
                on conflict (clock_id) do update set state = 'STOPPED', outcome = excluded.outcome, updated_at = now()""")
                .param("clock", e.clockId()).param("case", e.caseId()).param("kind", e.kind().name())
                .param("outcome", e.outcome()).update();
    }

    public List<DeadlineView> of(String caseId) {
        return jdbc.sql("""
                select clock_id, kind, department_code, limit_days, due_at, provisional, state, outcome
                from case_deadline where case_id = :case order by clock_id""")
                .param("case", caseId)
                .query((rs, n) -> new DeadlineView(rs.getString(1), rs.getString(2), rs.getString(3),
                        (Integer) rs.getObject(4), CaseRepository.instant(rs, "due_at"), rs.getBoolean(6),
                        rs.getString(7), rs.getString(8)))
                .list();
    }
}
