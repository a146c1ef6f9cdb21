package hall.caseservice.cases.persistence;

import static hall.caseservice.shared.persistence.UtcTimestamps.instant;
import static hall.caseservice.shared.persistence.UtcTimestamps.ts;

import hall.caseservice.cases.application.DeadlineView;
import hall.deadlines.events.DeadlineChanged;
import hall.deadlines.events.DeadlineStarted;
import hall.deadlines.events.DeadlineStopped;
import hall.deadlines.events.DeadlineSuspended;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/** Due dates of cases as deadline-service reports them (fed by hall.deadline-events). */
@Component
public class DeadlineReadModel {

    /** The cause of a DeadlineChanged published when a suspended clock resumes. */
    static final String RESUMED = "RESUMED";

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
                .param("due", ts(e.dueAt())).param("provisional", e.provisional()).update();
    }

    /**
     * The due time moved. A resumption (cause RESUMED) sets a suspended clock running again; an extension or a
     * calendar correction of a suspended clock leaves it suspended; a stopped clock stays stopped.
     */
    public void changed(DeadlineChanged e) {
        jdbc.sql("""
                insert into case_deadline (clock_id, case_id, kind, due_at, provisional, state)
                values (:clock, :case, :kind, :due, :provisional, 'RUNNING')
                on conflict (clock_id) do update set due_at = excluded.due_at, provisional = excluded.provisional,
                    state = case when :resumed and case_deadline.state = 'SUSPENDED' then 'RUNNING'
                                 else case_deadline.state end,
                    updated_at = now()""")
                .param("clock", e.clockId()).param("case", e.caseId()).param("kind", e.kind().name())
                .param("due", ts(e.dueAt())).param("provisional", e.provisional())
                .param("resumed", RESUMED.equals(e.cause())).update();
    }

    /** The clock was suspended; its due time moves when it resumes (a DeadlineChanged with cause RESUMED). */
    public void suspended(DeadlineSuspended e) {
        jdbc.sql("""
                insert into case_deadline (clock_id, case_id, kind, state)
                values (:clock, :case, :kind, 'SUSPENDED')
                on conflict (clock_id) do update set
                    state = case when case_deadline.state = 'STOPPED' then 'STOPPED' else 'SUSPENDED' end,
                    updated_at = now()""")
                .param("clock", e.clockId()).param("case", e.caseId()).param("kind", e.kind().name()).update();
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
                        (Integer) rs.getObject(4), instant(rs, "due_at"), rs.getBoolean(6),
                        rs.getString(7), rs.getString(8)))
                .list();
    }
}
