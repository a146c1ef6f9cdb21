package hall.surveys.responses.persistence;

import hall.surveys.questionnaires.domain.Answer;
import hall.surveys.responses.domain.RecordedResponse;
import hall.surveys.responses.domain.SurveyResponse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.List;

@Repository
public class ResponseRepository {

    private final JdbcClient jdbc;

    public ResponseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the response and its answers; a second response for a receipt or a case fails on its unique key. */
    public void insert(SurveyResponse r) {
        var c = r.campaign();
        jdbc.sql("""
                insert into survey_response (id, campaign_code, kind, questionnaire_code, questionnaire_version,
                    project_code, survey_year, window_code, iso_week, receipt_id, case_id, anonymous, follow_up_consent,
                    contact_ref, score, collected_on, recorded_by, recorded_at)
                values (:id, :campaign, :kind, :qcode, :qversion, :project, :year, :window, :week, :receipt, :caseId,
                    :anonymous, :consent, :contact, :score, :collectedOn, :by, :at)""")
                .param("id", r.id()).param("campaign", c.code()).param("kind", c.kind().name())
                .param("qcode", c.questionnaireCode()).param("qversion", c.questionnaireVersion())
                .param("project", c.projectCode()).param("year", c.year()).param("window", c.windowCode())
                .param("week", c.isoWeek()).param("receipt", r.receiptId()).param("caseId", r.caseId())
                .param("anonymous", r.anonymous()).param("consent", r.followUpConsent())
                .param("contact", r.contactRef()).param("score", r.score())
                .param("collectedOn", Date.valueOf(r.collectedOn())).param("by", r.recordedBy())
                .param("at", Timestamp.from(r.recordedAt())).update();
        for (Answer a : r.answers()) {
            jdbc.sql("""
                    insert into response_answer (response_id, question_code, department, kind, value, level, score)
                    values (:id, :question, :department, :kind, :value, :level, :score)""")
                    .param("id", r.id()).param("question", a.question().code())
                    .param("department", a.question().department()).param("kind", a.question().kind().name())
                    .param("value", a.value()).param("level", a.level() == null ? null : a.level().name())
                    .param("score", a.score()).update();
        }
    }

    public List<RecordedResponse> byCampaign(String campaignCode) {
        List<RecordedResponse> heads = jdbc.sql("""
                select id, campaign_code, receipt_id, case_id, anonymous, follow_up_consent, score, collected_on
                from survey_response where campaign_code = :campaign order by recorded_at, id limit 2000""")
                .param("campaign", campaignCode)
                .query((rs, n) -> new RecordedResponse(rs.getString("id"), rs.getString("campaign_code"),
                        rs.getString("receipt_id"), rs.getString("case_id"), rs.getBoolean("anonymous"),
                        rs.getBoolean("follow_up_consent"), (Integer) rs.getObject("score"),
                        rs.getDate("collected_on").toLocalDate(), List.of())).list();
        return heads.stream().map(h -> new RecordedResponse(h.id(), h.campaign(), h.receiptId(), h.caseId(), h.anonymous(),
                h.followUpConsent(), h.score(), h.collectedOn(), answers(h.id()))).toList();
    }

    private List<RecordedResponse.AnswerRow> answers(String responseId) {
        return jdbc.sql("""
                select a.question_code, a.department, a.value, a.level, a.score from response_answer a
                where a.response_id = :id order by a.question_code""").param("id", responseId)
                .query((rs, n) -> new RecordedResponse.AnswerRow(rs.getString("question_code"), rs.getString("department"),
                        rs.getString("value"), rs.getString("level"), (Integer) rs.getObject("score"))).list();
    }
}
