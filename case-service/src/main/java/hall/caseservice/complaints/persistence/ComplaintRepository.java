package hall.caseservice.complaints.persistence;

import hall.caseservice.shared.persistence.UtcTimestamps;
import hall.caseservice.complaints.domain.Complaint;
import hall.caseservice.complaints.domain.ComplaintStatus;
import hall.caseservice.complaints.domain.ComplaintSubject;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@Repository
public class ComplaintRepository {

    private final JdbcClient jdbc;

    public ComplaintRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Complaint c) {
        jdbc.sql("""
                insert into complaint (id, subject_type, subject_ref, description, complainant_name, complainant_phone,
                    callback_consent, filed_by, filed_at, status)
                values (:id, :type, :ref, :description, :name, :phone, :consent, :filedBy, :filedAt, :status)""")
                .param("id", c.id()).param("type", c.subjectType().name()).param("ref", c.subjectRef())
                .param("description", c.description()).param("name", c.complainantName())
                .param("phone", c.complainantPhone()).param("consent", c.callbackConsent())
                .param("filedBy", c.filedBy()).param("filedAt", UtcTimestamps.ts(c.filedAt()))
                .param("status", c.status().name()).update();
    }

    public void resolve(Complaint c) {
        jdbc.sql("""
                update complaint set status = :status, outcome = :outcome, resolved_by = :by, resolved_at = :at
                where id = :id""")
                .param("status", c.status().name()).param("outcome", c.outcome()).param("by", c.resolvedBy())
                .param("at", UtcTimestamps.ts(c.resolvedAt())).param("id", c.id()).update();
    }

    private static final String COLUMNS = """
            select id, subject_type, subject_ref, description, complainant_name, complainant_phone, callback_consent,
                   filed_by, filed_at, status, outcome, resolved_by, resolved_at from complaint""";

    public Optional<Complaint> find(String id, boolean lock) {
        return jdbc.sql(COLUMNS + " where id = :id" + (lock ? " for update" : "")).param("id", id)
                .query((RowMapper<Complaint>) this::map).optional();
    }

    public record Page(List<Complaint> items, long total) {
    }

    public Page list(ComplaintSubject type, String ref, ComplaintStatus status, String filedBy, int page, int size) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        if (type != null) {
            where.add("subject_type = :type");
            params.put("type", type.name());
        }
        if (ref != null) {
            where.add("subject_ref = :ref");
            params.put("ref", ref);
        }
        if (status != null) {
            where.add("status = :status");
            params.put("status", status.name());
        }
        if (filedBy != null) {
            where.add("filed_by = :filedBy");
            params.put("filedBy", filedBy);
        }
        String clause = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        long total = jdbc.sql("select count(*) from complaint" + clause).params(params).query(Long.class).single();
        List<Complaint> items = jdbc.sql(COLUMNS + clause + " order by filed_at desc, id limit :limit offset :offset")
                .params(params).param("limit", size).param("offset", (long) page * size).query((RowMapper<Complaint>) this::map).list();
        return new Page(items, total);
    }

    private Complaint map(ResultSet rs, int n) throws SQLException {
        return new Complaint(rs.getString("id"), ComplaintSubject.valueOf(rs.getString("subject_type")),
                rs.getString("subject_ref"), rs.getString("description"), rs.getString("complainant_name"),
                rs.getString("complainant_phone"), rs.getBoolean("callback_consent"), rs.getString("filed_by"),
                UtcTimestamps.instant(rs, "filed_at"), ComplaintStatus.valueOf(rs.getString("status")),
                rs.getString("outcome"), rs.getString("resolved_by"), UtcTimestamps.instant(rs, "resolved_at"));
    }
}
