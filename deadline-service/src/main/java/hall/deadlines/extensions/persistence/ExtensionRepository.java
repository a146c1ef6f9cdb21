package hall.deadlines.extensions.persistence;

import hall.deadlines.extensions.domain.Extension;
import hall.deadlines.extensions.domain.ExtensionState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class ExtensionRepository {

    private final JdbcClient jdbc;

    public ExtensionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Working days approved or pending for a case. */
    public int committedDays(String caseId) {
        return jdbc.sql("select coalesce(sum(working_days), 0) from extension where case_id = :caseId and state in ('PENDING', 'APPROVED')")
                .param("caseId", caseId).query(Integer.class).single();
    }

    public void insert(Extension e) {
        jdbc.sql("""
                insert into extension (id, case_id, clock_id, working_days, reason, requested_by, requested_at, state)
                values (:id, :caseId, :clockId, :days, :reason, :by, :at, :state)
                """)
                .param("id", UUID.fromString(e.id())).param("caseId", e.caseId())
                .param("clockId", UUID.fromString(e.clockId())).param("days", e.workingDays())
                .param("reason", e.reason()).param("by", e.requestedBy()).param("at", Timestamp.from(e.requestedAt()))
                .param("state", e.state().name())
                .update();
    }

    public void saveDecision(Extension e) {
        jdbc.sql("""
                update extension set state = :state, comment = :comment, decided_by = :by, decided_at = :at
                where id = :id and state = 'PENDING'
                """)
                .param("id", UUID.fromString(e.id())).param("state", e.state().name()).param("comment", e.comment())
                .param("by", e.decidedBy()).param("at", Timestamp.from(e.decidedAt()))
                .update();
    }

    public Optional<Extension> lock(String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return jdbc.sql("select * from extension where id = :id for update").param("id", uuid)
                .query(ExtensionRepository::map).optional();
    }

    public List<Extension> findByCase(String caseId) {
        return jdbc.sql("select * from extension where case_id = :caseId order by requested_at")
                .param("caseId", caseId).query(ExtensionRepository::map).list();
    }

    static Extension map(ResultSet rs, int n) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new Extension(rs.getString("id"), rs.getString("case_id"), rs.getString("clock_id"),
                rs.getInt("working_days"), rs.getString("reason"), rs.getString("requested_by"),
                rs.getTimestamp("requested_at").toInstant(), ExtensionState.valueOf(rs.getString("state")),
                rs.getString("comment"), rs.getString("decided_by"), decided == null ? null : decided.toInstant());
    }
}
