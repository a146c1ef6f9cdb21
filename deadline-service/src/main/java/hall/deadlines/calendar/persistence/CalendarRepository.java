package hall.deadlines.calendar.persistence;

import hall.workingdays.YearSchedule;
import java.time.Instant;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Year schedules, stored as their JSON document. */
@Repository
public class CalendarRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public CalendarRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public List<YearSchedule> findAll(String region) {
        return jdbc.sql("select schedule::text from calendar_year where region = :region order by year")
                .param("region", region)
                .query((rs, n) -> json.readValue(rs.getString(1), YearSchedule.class))
                .list();
    }

    /**
     * What identifies the region's loaded schedules as they are now: each year with a digest of its document, in
     * year order. Cheaper than reading and parsing the documents, so a cached calendar can be checked per unit of
     * work.
     */
    public List<String> fingerprint(String region) {
        return jdbc.sql("select year || ':' || md5(schedule::text) from calendar_year where region = :region order by year")
                .param("region", region).query(String.class).list();
    }

    public Optional<YearSchedule> find(String region, int year) {
        return jdbc.sql("select schedule::text from calendar_year where region = :region and year = :year")
                .param("region", region).param("year", year)
                .query((rs, n) -> json.readValue(rs.getString(1), YearSchedule.class))
                .optional();
    }

    /** Stores a built-in year unless one is loaded already; true when stored. */
    public boolean insertIfAbsent(YearSchedule schedule, Instant at) {
        return jdbc.sql("""
                insert into calendar_year (region, year, schedule, source, loaded_at)
                values (:region, :year, cast(:schedule as jsonb), 'BUILT_IN', :at)
                on conflict (region, year) do nothing
                """)
                .param("region", schedule.region()).param("year", schedule.year())
                .param("schedule", json.writeValueAsString(schedule)).param("at", Timestamp.from(at))
                .update() == 1;
    }

    public void save(YearSchedule schedule, String loadedBy, Instant at) {
        jdbc.sql("""
                insert into calendar_year (region, year, schedule, source, loaded_at, loaded_by)
                values (:region, :year, cast(:schedule as jsonb), 'ADMIN', :at, :by)
                on conflict (region, year) do update
                set schedule = excluded.schedule, source = excluded.source, loaded_at = excluded.loaded_at,
                    loaded_by = excluded.loaded_by
                """)
                .param("region", schedule.region()).param("year", schedule.year())
                .param("schedule", json.writeValueAsString(schedule)).param("at", Timestamp.from(at))
                .param("by", loadedBy)
                .update();
    }

    /** Serialises corrections of one region across instances (held until the transaction ends). */
    public void lockRegion(String region) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('calendar:' || :region))").param("region", region)
                .query((rs, n) -> 1).list();
    }
}
