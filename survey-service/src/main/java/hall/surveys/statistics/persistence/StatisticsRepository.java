package hall.surveys.statistics.persistence;

import hall.surveys.questionnaires.domain.Satisfaction;
import hall.surveys.statistics.domain.AnswerFact;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/** Reads the figures statistics are computed from; a scope is a campaign, a project's year, or a window's week. */
@Repository
public class StatisticsRepository {

    private final JdbcClient jdbc;

    public StatisticsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Which responses count: set exactly one of campaign, (project, year), (window, week). */
    public record Scope(String campaign, String project, Integer year, String window, String week) {

        String where() {
            if (campaign != null) {
                return "r.campaign_code = :campaign";
            }
            if (project != null) {
                return "r.kind = 'OWNER_ANNUAL' and r.project_code = :project and r.survey_year = :year";
            }
            return "r.kind = 'HALL_ONSITE' and r.window_code = :window and r.iso_week = :week";
        }

        /** The same scope over the campaign table. */
        String campaignWhere() {
            return where().replace("r.campaign_code", "c.code").replace("r.", "c.");
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec s) {
            return s.param("campaign", campaign).param("project", project).param("year", year)
                    .param("window", window).param("week", week);
        }
    }

    public record Counts(long responses, long receipts, long signedReceipts, long target, Double meanScore,
            long scoredResponses) {
    }

    public record RatingFigures(long ratings, Double meanScore) {
    }

    public record ProjectCoverage(String project, long owners, long campaigns) {
    }

    public List<AnswerFact> facts(Scope scope) {
        String sql = """
                select a.department, a.question_code, a.level,
                       (select e ->> 'text' from questionnaire q, jsonb_array_elements(q.questions) e
                        where q.code = r.questionnaire_code and q.version = r.questionnaire_version
                          and e ->> 'code' = a.question_code) as text
                from response_answer a join survey_response r on r.id = a.response_id
                where a.level is not null
                """ + " and " + scope.where() + " order by r.recorded_at, r.id, a.question_code";
        return scope.bind(jdbc.sql(sql)).query((rs, n) -> new AnswerFact(rs.getString("department"),
                rs.getString("question_code"), rs.getString("text"), Satisfaction.valueOf(rs.getString("level")))).list();
    }

    public Counts counts(Scope scope) {
        String campaigns = "select c.code from campaign c where " + scope.campaignWhere();
        String sql = """
                select (select count(*) from survey_response r where %1$s) as responses,
                       (select avg(score) from survey_response r where %1$s and score is not null) as mean_score,
                       (select count(score) from survey_response r where %1$s) as scored,
                       (select count(*) from receipt where campaign_code in (%2$s)) as receipts,
                       (select count(*) from receipt where campaign_code in (%2$s) and received_at is not null) as signed,
                       (select coalesce(sum(target), 0) from campaign where code in (%2$s)) as target"""
                .formatted(scope.where(), campaigns);
        return scope.bind(jdbc.sql(sql)).query((rs, n) -> {
            Object mean = rs.getObject("mean_score");
            return new Counts(rs.getLong("responses"), rs.getLong("receipts"), rs.getLong("signed"),
                    rs.getLong("target"), mean == null ? null : ((Number) mean).doubleValue(), rs.getLong("scored"));
        }).single();
    }

    public RatingFigures ratings(String window, Instant from, Instant to) {
        return jdbc.sql("""
                select count(*) as n, avg(score) as mean from evaluator_rating
                where window_code = :window and rated_at >= :from and rated_at < :to""")
                .param("window", window).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .query((rs, n) -> {
                    Object mean = rs.getObject("mean");
                    return new RatingFigures(rs.getLong("n"), mean == null ? null : ((Number) mean).doubleValue());
                }).single();
    }

    /** Every project known from its owners, with the number of owner surveys it has for the year. */
    public List<ProjectCoverage> coverage(int year) {
        return jdbc.sql("""
                select o.project_code, count(*) as owners,
                       (select count(*) from campaign c where c.kind = 'OWNER_ANNUAL' and c.project_code = o.project_code
                          and c.survey_year = :year) as campaigns
                from project_owner o group by o.project_code order by o.project_code""").param("year", year)
                .query((rs, n) -> new ProjectCoverage(rs.getString("project_code"), rs.getLong("owners"),
                        rs.getLong("campaigns"))).list();
    }
}
