package hall.surveys.opinions.persistence;

import hall.surveys.opinions.domain.Opinion;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

@Repository
public class OpinionRepository {

    private final JdbcClient jdbc;

    public OpinionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public record DepartmentSummary(String department, long opinions, long answered, long unsolved) {
    }

    public void insert(Opinion o) {
        jdbc.sql("""
                insert into opinion (id, response_id, campaign_code, project_code, window_code, question_code, text,
                    department_code, basis, contact_ref, follow_up_consent, recorded_at)
                values (:id, :response, :campaign, :project, :window, :question, :text, :department, :basis, :contact,
                    :consent, :at)""")
                .param("id", o.id()).param("response", o.responseId()).param("campaign", o.campaignCode())
                .param("project", o.projectCode()).param("window", o.windowCode()).param("question", o.questionCode())
                .param("text", o.text()).param("department", o.departmentCode()).param("basis", o.basis())
                .param("contact", o.contactRef()).param("consent", o.followUpConsent())
                .param("at", Timestamp.from(o.recordedAt())).update();
    }

    public void reclassify(Opinion o) {
        jdbc.sql("update opinion set department_code = :department, basis = :basis where id = :id")
                .param("id", o.id()).param("department", o.departmentCode()).param("basis", o.basis()).update();
    }

    public Optional<Opinion> find(String id) {
        return jdbc.sql("select * from opinion where id = :id for update").param("id", id)
                .query((RowMapper<Opinion>) this::map).optional();
    }

    public List<Opinion> byCampaign(String campaignCode, String department) {
        return jdbc.sql("""
                select * from opinion where campaign_code = :campaign
                  and (cast(:department as text) is null or department_code = :department)
                order by department_code, recorded_at, id limit 2000""")
                .param("campaign", campaignCode).param("department", department)
                .query((RowMapper<Opinion>) this::map).list();
    }

    /** Per department: opinions, those answered by a measure, and those reported as not solvable now. */
    public List<DepartmentSummary> summary(String campaignCode) {
        return jdbc.sql("""
                select o.department_code, count(*) as opinions,
                       count(*) filter (where exists (select 1 from rectification_measure m where m.opinion_id = o.id)) as answered,
                       count(*) filter (where exists (select 1 from rectification_measure m where m.opinion_id = o.id
                                                        and not m.solvable_now)) as unsolved
                from opinion o where o.campaign_code = :campaign group by o.department_code order by o.department_code""")
                .param("campaign", campaignCode)
                .query((rs, n) -> new DepartmentSummary(rs.getString("department_code"), rs.getLong("opinions"),
                        rs.getLong("answered"), rs.getLong("unsolved"))).list();
    }

    private Opinion map(ResultSet rs, int n) throws SQLException {
        return new Opinion(rs.getString("id"), rs.getString("response_id"), rs.getString("campaign_code"),
                rs.getString("project_code"), rs.getString("window_code"), rs.getString("question_code"),
                rs.getString("text"), rs.getString("department_code"), rs.getString("basis"),
                rs.getString("contact_ref"), rs.getBoolean("follow_up_consent"),
                rs.getTimestamp("recorded_at").toInstant());
    }
}
