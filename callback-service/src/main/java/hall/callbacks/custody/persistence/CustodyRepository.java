package hall.callbacks.custody.persistence;

import hall.callbacks.custody.domain.AccessRequest;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static hall.callbacks.shared.persistence.Timestamps.instant;
import static hall.callbacks.shared.persistence.Timestamps.ts;

/** Custodians, access requests and the reads made under them. */
@Repository
public class CustodyRepository {

    private final JdbcClient jdbc;

    public CustodyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void setCustodian(String project, String custodian, String by, Instant at) {
        jdbc.sql("""
                insert into records_custodian (project_code, custodian, set_by, set_at) values (:p, :c, :by, :at)
                on conflict (project_code) do update set custodian = :c, set_by = :by, set_at = :at""")
                .param("p", project).param("c", custodian).param("by", by).param("at", ts(at)).update();
    }

    public Optional<String> custodian(String project) {
        return jdbc.sql("select custodian from records_custodian where project_code = :p").param("p", project)
                .query(String.class).optional();
    }

    public void insert(AccessRequest r) {
        jdbc.sql("""
                insert into access_request (id, project_code, purpose, requested_by, department, days, status,
                    requested_at)
                values (:id, :p, :purpose, :by, :department, :days, :status, :at)""")
                .param("id", r.id()).param("p", r.projectCode()).param("purpose", r.purpose())
                .param("by", r.requestedBy()).param("department", r.department()).param("days", r.days())
                .param("status", r.status().name()).param("at", ts(r.requestedAt())).update();
    }

    public void update(AccessRequest r) {
        jdbc.sql("""
                update access_request set status = :status, decided_by = :by, decided_at = :at,
                    decision_reason = :reason, valid_until = :until where id = :id""")
                .param("id", r.id()).param("status", r.status().name()).param("by", r.decidedBy())
                .param("at", ts(r.decidedAt())).param("reason", r.reason()).param("until", ts(r.validUntil()))
                .update();
    }

    public Optional<AccessRequest> lock(String id) {
        return jdbc.sql("select * from access_request where id = :id for update").param("id", id)
                .query((RowMapper<AccessRequest>) CustodyRepository::request).optional();
    }

    public Optional<AccessRequest> find(String id) {
        return jdbc.sql("select * from access_request where id = :id").param("id", id)
                .query((RowMapper<AccessRequest>) CustodyRepository::request).optional();
    }

    /** Requests of a project (all requesters), or of one requester (every project), newest first. */
    public List<AccessRequest> list(String project, String requester) {
        return jdbc.sql("""
                select * from access_request
                where (cast(:p as text) is null or project_code = :p) and (cast(:by as text) is null or requested_by = :by)
                order by requested_at desc limit 200""")
                .param("p", project).param("by", requester)
                .query((RowMapper<AccessRequest>) CustodyRepository::request).list();
    }

    /** The requester's grant on the project valid at {@code now}, if any. */
    public Optional<AccessRequest> activeGrant(String project, String requester, Instant now) {
        return jdbc.sql("""
                select * from access_request where project_code = :p and requested_by = :by and status = 'GRANTED'
                  and valid_until > :now order by valid_until desc limit 1""")
                .param("p", project).param("by", requester).param("now", ts(now))
                .query((RowMapper<AccessRequest>) CustodyRepository::request).optional();
    }

    public void recordRead(String requestId, String project, String by, Instant at) {
        jdbc.sql("insert into records_read (request_id, project_code, read_by, read_at) values (:r, :p, :by, :at)")
                .param("r", requestId).param("p", project).param("by", by).param("at", ts(at)).update();
    }

    private static AccessRequest request(ResultSet rs, int n) throws SQLException {
        return new AccessRequest(rs.getString("id"), rs.getString("project_code"), rs.getString("purpose"),
                rs.getString("requested_by"), rs.getString("department"), rs.getInt("days"),
                AccessRequest.AccessStatus.valueOf(rs.getString("status")), instant(rs, "requested_at"),
                rs.getString("decided_by"), instant(rs, "decided_at"), rs.getString("decision_reason"),
                instant(rs, "valid_until"));
    }
}
