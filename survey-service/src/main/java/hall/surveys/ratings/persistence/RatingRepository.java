package hall.surveys.ratings.persistence;

import hall.surveys.events.RatingLevel;
import hall.surveys.ratings.domain.EvaluatorRating;
import hall.surveys.ratings.domain.RatingChannel;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

@Repository
public class RatingRepository {

    private final JdbcClient jdbc;

    public RatingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the rating; a second rating of the same case fails on its unique key. */
    public void insert(EvaluatorRating r) {
        jdbc.sql("""
                insert into evaluator_rating (id, case_id, window_code, department_code, level, score, reason, channel,
                    contact_ref, rated_by, rated_at)
                values (:id, :caseId, :window, :department, :level, :score, :reason, :channel, :contact, :by, :at)""")
                .param("id", r.id()).param("caseId", r.caseId()).param("window", r.windowCode())
                .param("department", r.departmentCode()).param("level", r.level().name()).param("score", r.score())
                .param("reason", r.reason()).param("channel", r.channel().name()).param("contact", r.contactRef())
                .param("by", r.ratedBy()).param("at", Timestamp.from(r.ratedAt())).update();
    }

    /** Ratings of a window (or of every window when null) in [from, to), newest first. */
    public List<EvaluatorRating> list(String windowCode, Instant from, Instant to) {
        return jdbc.sql("""
                select * from evaluator_rating
                where (cast(:window as text) is null or window_code = :window) and rated_at >= :from and rated_at < :to
                order by rated_at desc limit 1000""")
                .param("window", windowCode).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((RowMapper<EvaluatorRating>) this::map).list();
    }

    private EvaluatorRating map(ResultSet rs, int n) throws SQLException {
        return new EvaluatorRating(rs.getString("id"), rs.getString("case_id"), rs.getString("window_code"),
                rs.getString("department_code"), RatingLevel.valueOf(rs.getString("level")), rs.getInt("score"),
                rs.getString("reason"), RatingChannel.valueOf(rs.getString("channel")), rs.getString("contact_ref"),
                rs.getString("rated_by"), rs.getTimestamp("rated_at").toInstant());
    }
}
