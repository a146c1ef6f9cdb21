package hall.surveys.responses.domain;

import hall.surveys.campaigns.domain.Campaign;
import hall.surveys.campaigns.domain.Receipt;
import hall.surveys.events.ResponseRecorded;
import hall.surveys.questionnaires.domain.Answer;
import hall.surveys.questionnaires.domain.Questionnaire;
import hall.surveys.questionnaires.domain.SatisfactionScores;
import hall.surveys.shared.InputRules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One answered questionnaire of a campaign: an owner's form (through its receipt), an on-site form of a window, or
 * an applicant's online answer about its case. Scored answers give the response's mean score.
 */
public record SurveyResponse(String id, Campaign campaign, String receiptId, String caseId, boolean anonymous,
        boolean followUpConsent, String contactRef, List<Answer> answers, Integer score, LocalDate collectedOn,
        String recordedBy, Instant recordedAt) {

    /** What the person answered and how the form was collected. */
    public record Form(Map<String, String> answers, boolean anonymous, boolean followUpConsent, LocalDate collectedOn) {
    }

    public record Recorded(SurveyResponse response, ResponseRecorded event) {
    }

    /**
     * Records a form for a campaign against the campaign's questionnaire version. A form collected after the
     * campaign's collection date is refused (409); a collection date in the future or a follow-up asked on an
     * anonymous form is bad input (400).
     */
    public static Recorded record(String id, Campaign campaign, Questionnaire questionnaire, Receipt receipt,
            String caseId, String contactRef, Form form, LocalDate today, SatisfactionScores scores, String by,
            Instant at) {
        InputRules rules = new InputRules();
        LocalDate collectedOn = form.collectedOn() == null ? today : form.collectedOn();
        rules.check(!collectedOn.isAfter(today), "collectedOn", "must not be in the future");
        rules.check(!(form.anonymous() && form.followUpConsent()), "followUpConsent",
                "an anonymous form cannot ask for a follow-up");
        rules.failIfAny();
        campaign.requireCollecting(collectedOn);
        List<Answer> answers = questionnaire.check(form.answers(), scores);
        Integer score = Questionnaire.meanScore(answers);
        String contact = form.anonymous() ? null : contactRef;
        SurveyResponse response = new SurveyResponse(id, campaign, receipt == null ? null : receipt.id(), caseId,
                form.anonymous(), form.followUpConsent(), contact, answers, score, collectedOn, by, at);
        ResponseRecorded event = new ResponseRecorded(id, campaign.code(), campaign.kind().name(),
                campaign.questionnaireCode(), campaign.questionnaireVersion(), campaign.projectCode(),
                campaign.windowCode(), campaign.isoWeek(), score, form.anonymous(), at);
        return new Recorded(response, event);
    }
}
