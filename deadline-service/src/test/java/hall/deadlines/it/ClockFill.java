package hall.deadlines.it;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fills deadline_clock with generated clocks: 1 % running and due now (warning instant passed), 39 % running and
 * due later, 60 % stopped.
 */
public final class ClockFill {

    private ClockFill() {
    }

    public static int fill(JdbcClient jdbc, int count) {
        return jdbc.sql("""
                insert into deadline_clock (id, case_id, kind, department_code, window_code, region, accepted_at,
                    accepted_on, limit_days, extension_cap_days, state, due_on, due_at, provisional, warn_at, level,
                    next_check_at, outcome, used_working_days, stopped_at)
                select gen_random_uuid(), 'bulk-' || i, 'APPLICANT', 'D' || (i % 20), 'WB' || (i % 50), 'CN',
                    now() - interval '10 days', current_date - 10, 20, 30,
                    case when i % 100 < 40 then 'RUNNING' else 'STOPPED' end,
                    current_date + 10, now() + interval '10 days', false,
                    case when i % 100 = 0 then now() - interval '1 hour' else now() + interval '5 days' end,
                    0,
                    case when i % 100 = 0 then now() - interval '1 hour'
                         when i % 100 < 40 then now() + interval '1 day' + (i % 1000) * interval '1 minute'
                         else null end,
                    case when i % 100 < 40 then null else 'ON_TIME' end,
                    case when i % 100 < 40 then null else 7 end,
                    case when i % 100 < 40 then null else now() - interval '1 day' end
                from generate_series(1, :count) i
                """).param("count", count).update();
    }
}
