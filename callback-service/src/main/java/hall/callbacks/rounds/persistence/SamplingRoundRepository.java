package hall.callbacks.rounds.persistence;

import hall.callbacks.rounds.domain.Exclusion;
import hall.callbacks.rounds.domain.SamplingDraw;
import hall.callbacks.rounds.domain.SamplingRound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static hall.callbacks.shared.persistence.Timestamps.instant;
import static hall.callbacks.shared.persistence.Timestamps.ts;

/** Sampling rounds and their per-window figures; the drawn cases are the round's callback tasks. */
@Repository
public class SamplingRoundRepository {

    private final JdbcClient jdbc;

    public SamplingRoundRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record RoundRow(String id, String isoWeek, String month, long seed, Integer requestedSize,
            String drawnBy, Instant drawnAt) {
    }

    public record WindowRow(String windowCode, int frameSize, int eligible, int sampleSize, int noConsent,
            int alreadyDrawn, int calledRecently) {
    }

    public boolean weekTaken(String isoWeek) {
        return jdbc.sql("select count(*) from sampling_round where iso_week = :week").param("week", isoWeek)
                .query(Long.class).single() > 0;
    }

    public void insert(SamplingRound r, SamplingRoundPolicySizes sizes) {
        jdbc.sql("""
                insert into sampling_round (id, iso_week, frame_month, seed, requested_size, drawn_by, drawn_at)
                values (:id, :week, :month, :seed, :size, :by, :at)""")
                .param("id", r.id()).param("week", r.week().toString()).param("month", r.month().toString())
                .param("seed", r.seed()).param("size", r.requestedSize()).param("by", r.drawnBy())
                .param("at", ts(r.drawnAt())).update();
        for (SamplingDraw.WindowDraw w : r.windows()) {
            jdbc.sql("""
                    insert into sampling_round_window (round_id, window_code, frame_size, eligible, sample_size,
                        no_consent, already_drawn, called_recently)
                    values (:round, :window, :frame, :eligible, :size, :noConsent, :drawn, :recent)""")
                    .param("round", r.id()).param("window", w.windowCode()).param("frame", w.frameSize())
                    .param("eligible", w.eligible()).param("size", sizes.of(w.windowCode()))
                    .param("noConsent", w.excluded().get(Exclusion.NO_CONSENT))
                    .param("drawn", w.excluded().get(Exclusion.ALREADY_DRAWN))
                    .param("recent", w.excluded().get(Exclusion.CALLED_RECENTLY)).update();
        }
    }

    /** The sample size each window was asked for. */
    @FunctionalInterface
    public interface SamplingRoundPolicySizes {
        int of(String windowCode);
    }

    public Optional<RoundRow> find(String id) {
        return jdbc.sql("select * from sampling_round where id = :id").param("id", id)
                .query((rs, n) -> new RoundRow(rs.getString("id"), rs.getString("iso_week"),
                        rs.getString("frame_month"), rs.getLong("seed"), (Integer) rs.getObject("requested_size"),
                        rs.getString("drawn_by"), instant(rs, "drawn_at"))).optional();
    }

    /** Per window of a round: callbacks asked, reached, unreachable, refused, still open; problems found, rectified, closed. */
    public record ReportRow(String windowCode, int asked, int answered, int unreachable, int refused, int open,
            int problems, int rectified, int closed) {
    }

    public List<ReportRow> report(String roundId) {
        return jdbc.sql("""
                select t.window_code,
                       count(*) as asked,
                       count(*) filter (where t.status = 'ANSWERED') as answered,
                       count(*) filter (where t.status = 'UNREACHABLE') as unreachable,
                       count(*) filter (where t.status = 'REFUSED') as refused,
                       count(*) filter (where t.status in ('OPEN', 'ASSIGNED', 'REACHED')) as still_open,
                       coalesce(sum(p.found), 0) as problems,
                       coalesce(sum(p.rectified), 0) as rectified,
                       coalesce(sum(p.closed), 0) as closed
                from callback_task t
                left join (select callback_id, count(*) as found,
                                  count(*) filter (where status in ('RECTIFIED', 'CLOSED') or measures is not null
                                                   or round > 1) as rectified,
                                  count(*) filter (where status = 'CLOSED') as closed
                           from problem group by callback_id) p on p.callback_id = t.id
                where t.round_id = :id and t.kind = 'ROUND'
                group by t.window_code order by t.window_code""")
                .param("id", roundId)
                .query((rs, n) -> new ReportRow(rs.getString("window_code"), rs.getInt("asked"), rs.getInt("answered"),
                        rs.getInt("unreachable"), rs.getInt("refused"), rs.getInt("still_open"), rs.getInt("problems"),
                        rs.getInt("rectified"), rs.getInt("closed"))).list();
    }

    public List<WindowRow> windows(String roundId) {
        return jdbc.sql("select * from sampling_round_window where round_id = :id order by window_code")
                .param("id", roundId)
                .query((rs, n) -> new WindowRow(rs.getString("window_code"), rs.getInt("frame_size"),
                        rs.getInt("eligible"), rs.getInt("sample_size"), rs.getInt("no_consent"),
                        rs.getInt("already_drawn"), rs.getInt("called_recently"))).list();
    }
}
