package hall.surveys.questionnaires.persistence;

import hall.surveys.questionnaires.domain.Question;
import hall.surveys.questionnaires.domain.Questionnaire;
import hall.surveys.questionnaires.domain.SurveyPurpose;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

@Repository
public class QuestionnaireRepository {

    private static final TypeReference<List<Question>> QUESTIONS = new TypeReference<>() {
    };
    private static final String COLUMNS = """
            select code, version, title, purpose, questions::text as questions, published, created_by, created_at,
                   published_at from questionnaire""";

    private final JdbcClient jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    public QuestionnaireRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Questionnaire q) {
        jdbc.sql("""
                insert into questionnaire (code, version, title, purpose, questions, published, created_by, created_at,
                    published_at)
                values (:code, :version, :title, :purpose, cast(:questions as jsonb), :published, :by, :at, :publishedAt)""")
                .param("code", q.code()).param("version", q.version()).param("title", q.title())
                .param("purpose", q.purpose().name()).param("questions", json.writeValueAsString(q.questions()))
                .param("published", q.published()).param("by", q.createdBy()).param("at", Timestamp.from(q.createdAt()))
                .param("publishedAt", q.publishedAt() == null ? null : Timestamp.from(q.publishedAt())).update();
    }

    /** Stores a draft's new content or its publication; a published row is never updated. */
    public void update(Questionnaire q) {
        jdbc.sql("""
                update questionnaire set title = :title, questions = cast(:questions as jsonb), published = :published,
                    published_at = :publishedAt
                where code = :code and version = :version and not published""")
                .param("code", q.code()).param("version", q.version()).param("title", q.title())
                .param("questions", json.writeValueAsString(q.questions())).param("published", q.published())
                .param("publishedAt", q.publishedAt() == null ? null : Timestamp.from(q.publishedAt())).update();
    }

    /** The version, locked for update when {@code lock}. */
    public Optional<Questionnaire> find(String code, int version, boolean lock) {
        return jdbc.sql(COLUMNS + " where code = :code and version = :version" + (lock ? " for update" : ""))
                .param("code", code).param("version", version).query((RowMapper<Questionnaire>) this::map).optional();
    }

    public Optional<Questionnaire> latestPublished(String code) {
        return jdbc.sql(COLUMNS + " where code = :code and published order by version desc limit 1")
                .param("code", code).query((RowMapper<Questionnaire>) this::map).optional();
    }

    public Optional<Questionnaire> latest(String code) {
        return jdbc.sql(COLUMNS + " where code = :code order by version desc limit 1")
                .param("code", code).query((RowMapper<Questionnaire>) this::map).optional();
    }

    public List<Questionnaire> versions(String code) {
        return jdbc.sql(COLUMNS + " where code = :code order by version").param("code", code)
                .query((RowMapper<Questionnaire>) this::map).list();
    }

    /** The newest version of every questionnaire. */
    public List<Questionnaire> latestOfEach() {
        return jdbc.sql(COLUMNS + " q where version = (select max(version) from questionnaire v where v.code = q.code)"
                + " order by code").query((RowMapper<Questionnaire>) this::map).list();
    }

    private Questionnaire map(ResultSet rs, int n) throws SQLException {
        Timestamp published = rs.getTimestamp("published_at");
        return new Questionnaire(rs.getString("code"), rs.getInt("version"), rs.getString("title"),
                SurveyPurpose.valueOf(rs.getString("purpose")), json.readValue(rs.getString("questions"), QUESTIONS),
                rs.getBoolean("published"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                published == null ? null : published.toInstant());
    }
}
