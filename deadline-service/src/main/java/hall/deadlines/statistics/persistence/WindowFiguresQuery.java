package hall.deadlines.statistics.persistence;

import hall.deadlines.statistics.application.WindowStatistics.WindowFigures;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The figures of every window over [start, end) from the clocks and extensions, in one statement. */
@Repository
public class WindowFiguresQuery {

    private final JdbcClient jdbc;

    public WindowFiguresQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The figures over [start, end) of one window, one department's windows, or every window (nulls). */
    public List<WindowFigures> between(Instant start, Instant end, Instant now, String windowCode,
            String departmentCode) {
        return jdbc.sql("""
                with done as (
                    select window_code, count(*) completed, count(*) filter (where outcome = 'ON_TIME') on_time,
                           avg(used_working_days) mean_used, avg(limit_days) mean_promised
                    from deadline_clock
                    where kind = 'APPLICANT' and state = 'STOPPED' and outcome in ('ON_TIME', 'LATE')
                      and stopped_at >= :start and stopped_at < :end
                      and (cast(:window as text) is null or window_code = :window)
                      and (cast(:department as text) is null or department_code = :department)
                    group by window_code),
                ext as (
                    select c.window_code, count(*) n, sum(e.working_days) days
                    from extension e join deadline_clock c on c.id = e.clock_id
                    where e.state = 'APPROVED' and e.decided_at >= :start and e.decided_at < :end
                      and (cast(:window as text) is null or c.window_code = :window)
                      and (cast(:department as text) is null or c.department_code = :department)
                    group by c.window_code),
                late as (
                    select window_code, count(*) n from deadline_clock
                    where kind = 'APPLICANT' and due_at >= :start and due_at < :end
                      and ((state = 'STOPPED' and outcome = 'LATE') or (state <> 'STOPPED' and due_at < :now))
                      and (cast(:window as text) is null or window_code = :window)
                      and (cast(:department as text) is null or department_code = :department)
                    group by window_code),
                windows as (select window_code from done union select window_code from ext union select window_code from late)
                select w.window_code, coalesce(d.completed, 0) completed, coalesce(d.on_time, 0) on_time,
                       d.mean_used, d.mean_promised, coalesce(x.n, 0) ext_n, coalesce(x.days, 0) ext_days,
                       coalesce(l.n, 0) overdue
                from windows w
                left join done d on d.window_code = w.window_code
                left join ext x on x.window_code = w.window_code
                left join late l on l.window_code = w.window_code
                order by w.window_code
                """)
                .param("start", Timestamp.from(start)).param("end", Timestamp.from(end))
                .param("window", windowCode).param("department", departmentCode)
                .param("now", Timestamp.from(now))
                .query((rs, n) -> {
                    long completed = rs.getLong("completed");
                    long onTime = rs.getLong("on_time");
                    Double meanUsed = rs.getObject("mean_used") == null ? null : rs.getDouble("mean_used");
                    Double meanPromised = rs.getObject("mean_promised") == null ? null : rs.getDouble("mean_promised");
                    return new WindowFigures(rs.getString("window_code"), completed, onTime,
                            completed == 0 ? null : (double) onTime / completed, meanUsed, meanPromised,
                            rs.getLong("ext_n"), rs.getLong("ext_days"), rs.getLong("overdue"));
                })
                .list();
    }
}
