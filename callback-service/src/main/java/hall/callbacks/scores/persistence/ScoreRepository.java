package hall.callbacks.scores.persistence;

import hall.callbacks.tasks.domain.Dimension;
import hall.callbacks.tasks.domain.Rating;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static hall.callbacks.shared.persistence.Timestamps.instant;
import static hall.callbacks.shared.persistence.Timestamps.ts;

/** What window scores are computed from, and the published boards. */
@Repository
public class ScoreRepository {

    private final JdbcClient jdbc;

    public ScoreRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A rating or form counted once by its id. */
    public void external(String sourceId, String kind, String windowCode, String isoWeek, int score, Instant at) {
        jdbc.sql("""
                insert into external_score (source_id, kind, window_code, iso_week, score, recorded_at)
                values (:id, :kind, :window, :week, :score, :at) on conflict (source_id) do nothing""")
                .param("id", sourceId).param("kind", kind).param("window", windowCode).param("week", isoWeek)
                .param("score", score).param("at", ts(at)).update();
    }

    /** Per window, the answers of the callbacks answered in [from, before). */
    public Map<String, List<Map<Dimension, Rating>>> answers(Instant from, Instant before) {
        Map<String, List<Map<Dimension, Rating>>> byWindow = new HashMap<>();
        jdbc.sql("""
                select t.window_code, o.* from callback_outcome o join callback_task t on t.id = o.task_id
                where o.recorded_at >= :from and o.recorded_at < :before and t.window_code is not null""")
                .param("from", ts(from)).param("before", ts(before)).query(rs -> {
                    Map<Dimension, Rating> a = new EnumMap<>(Dimension.class);
                    for (Dimension d : Dimension.values()) {
                        a.put(d, Rating.valueOf(rs.getString(d.name().toLowerCase())));
                    }
                    byWindow.computeIfAbsent(rs.getString("window_code"), w -> new ArrayList<>()).add(a);
                });
        return byWindow;
    }

    /** Per window, the callbacks that ended UNREACHABLE in [from, before). */
    public Map<String, Integer> unreachable(Instant from, Instant before) {
        Map<String, Integer> byWindow = new HashMap<>();
        jdbc.sql("""
                select window_code, count(*) from callback_task where status = 'UNREACHABLE'
                and finished_at >= :from and finished_at < :before and window_code is not null group by window_code""")
                .param("from", ts(from)).param("before", ts(before))
                .query(rs -> {
                    byWindow.put(rs.getString(1), rs.getInt(2));
                });
        return byWindow;
    }

    /** Per window, the scores of one kind (RATING or FORM) of an ISO week. */
    public Map<String, List<Integer>> externalScores(String isoWeek, String kind) {
        Map<String, List<Integer>> byWindow = new HashMap<>();
        jdbc.sql("select window_code, score from external_score where iso_week = :week and kind = :kind")
                .param("week", isoWeek).param("kind", kind).query(rs -> {
                    byWindow.computeIfAbsent(rs.getString(1), w -> new ArrayList<>()).add(rs.getInt(2));
                });
        return byWindow;
    }

    /** Per window: problems opened in [from, before) that are open, rectified (or closed), and overdue on today. */
    public Map<String, int[]> problems(Instant from, Instant before, LocalDate today) {
        Map<String, int[]> byWindow = new HashMap<>();
        jdbc.sql("""
                select window_code,
                       count(*) filter (where status = 'OPEN'),
                       count(*) filter (where status in ('RECTIFIED', 'CLOSED')),
                       count(*) filter (where status = 'OPEN' and due_date < :today)
                from problem where opened_at >= :from and opened_at < :before and window_code is not null
                group by window_code""")
                .param("from", ts(from)).param("before", ts(before)).param("today", Date.valueOf(today))
                .query(rs -> {
                    byWindow.put(rs.getString(1), new int[] {rs.getInt(2), rs.getInt(3), rs.getInt(4)});
                });
        return byWindow;
    }

    public record Board(String isoWeek, int version, String reason, String publishedBy, Instant publishedAt,
            String body) {
    }

    public Optional<Board> latest(String isoWeek) {
        return jdbc.sql("select * from score_board where iso_week = :week order by version desc limit 1")
                .param("week", isoWeek).query((rs, n) -> new Board(rs.getString("iso_week"), rs.getInt("version"),
                        rs.getString("reason"), rs.getString("published_by"), instant(rs, "published_at"),
                        rs.getString("body"))).optional();
    }

    public void insert(Board b) {
        jdbc.sql("""
                insert into score_board (iso_week, version, reason, published_by, published_at, body)
                values (:week, :version, :reason, :by, :at, :body)""")
                .param("week", b.isoWeek()).param("version", b.version()).param("reason", b.reason())
                .param("by", b.publishedBy()).param("at", ts(b.publishedAt())).param("body", b.body()).update();
    }
}
