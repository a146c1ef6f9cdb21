package hall.surveys.responses.application;

import hall.eventing.outbox.EventOutbox;
import hall.security.Caller;
import hall.security.Role;
import hall.surveys.campaigns.application.Campaigns;
import hall.surveys.campaigns.domain.Campaign;
import hall.surveys.campaigns.domain.Receipt;
import hall.surveys.events.SurveyTopics;
import hall.surveys.opinions.application.Opinions;
import hall.surveys.questionnaires.application.Questionnaires;
import hall.surveys.questionnaires.domain.Questionnaire;
import hall.surveys.questionnaires.domain.SatisfactionScores;
import hall.surveys.responses.domain.RecordedResponse;
import hall.surveys.responses.domain.SurveyResponse;
import hall.surveys.responses.persistence.ResponseRepository;
import hall.surveys.shared.AccessRefused;
import hall.surveys.shared.Conflict;
import hall.surveys.shared.InvalidInput;
import hall.surveys.shared.remote.CaseDirectory;
import hall.surveys.shared.remote.CaseServiceClient;
import hall.surveys.shared.config.SurveySettings;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Records survey responses: owners' collected forms (one per receipt, by callback agents), on-site forms of a
 * window (by its clerk; the week's campaign is opened on the first form), and an applicant's online answer about
 * its own case (once; case-service checks the case with the applicant's token; it counts in the on-site campaign
 * of the case's window and week). Each publishes ResponseRecorded.
 */
@Service
public class Responses {

    private final Campaigns campaigns;
    private final CaseDirectory cases;
    private final Opinions opinions;
    private final Questionnaires questionnaires;
    private final ResponseRepository responses;
    private final EventOutbox outbox;
    private final SurveySettings settings;
    private final SatisfactionScores scores;
    private final Clock clock;

    public Responses(Campaigns campaigns, CaseDirectory cases, Opinions opinions, Questionnaires questionnaires, ResponseRepository responses,
            EventOutbox outbox, SurveySettings settings, Clock clock) {
        this.campaigns = campaigns;
        this.cases = cases;
        this.opinions = opinions;
        this.questionnaires = questionnaires;
        this.responses = responses;
        this.outbox = outbox;
        this.settings = settings;
        this.scores = new SatisfactionScores(settings.satisfiedScore(), settings.basicallySatisfiedScore(),
                settings.unsatisfiedScore());
        this.clock = clock;
    }

    /** Where a form belongs: a campaign code, and for owner surveys the receipt (by id or household). */
    public record Target(String campaign, String receiptId, String household, String caseId) {
    }

    public record Recorded(String id, String campaign, String receiptId, Integer score, boolean anonymous,
            LocalDate collectedOn) {
    }

    @Transactional
    public Recorded record(Target target, SurveyResponse.Form form, Caller caller) {
        LocalDate today = settings.today(clock);
        Campaign campaign;
        Receipt receipt = null;
        String contactRef = null;
        boolean staff = caller.hasAnyRole(Role.ADMIN, Role.CALLBACK_AGENT);
        String caseId = null;
        if (caller.hasRole(Role.APPLICANT)) {
            if (target.caseId() == null || target.caseId().isBlank()) {
                throw InvalidInput.of("caseId", "an online answer names the applicant's case");
            }
            CaseServiceClient.CaseSummary c = cases.caseOfCaller(target.caseId().strip());
            caseId = c.id();
            contactRef = "case:" + c.id();
            campaign = campaigns.onsiteCampaign(c.windowCode(), today, caller.subject());
        } else if (target.campaign() == null && caller.hasRole(Role.CLERK) && caller.windowCode() != null) {
            LocalDate on = form.collectedOn() == null ? today : form.collectedOn();
            campaign = campaigns.onsiteCampaign(caller.windowCode(), on.isAfter(today) ? today : on, caller.subject());
        } else {
            if (target.campaign() == null) {
                throw InvalidInput.of("campaign", "must name the campaign");
            }
            campaign = campaigns.find(target.campaign());
        }
        if (campaign.ownerSurvey()) {
            if (!staff) {
                throw new AccessRefused("owners' collected forms are recorded by callback agents");
            }
            receipt = campaigns.receiptFor(campaign, target.receiptId(), target.household());
            contactRef = receipt.contactRef();
        } else if (caseId == null && !caller.hasRole(Role.ADMIN)
                && !(caller.hasRole(Role.CLERK) && campaign.windowCode().equals(caller.windowCode()))) {
            throw new AccessRefused("on-site forms are recorded by the clerk of the window " + campaign.windowCode());
        }
        Questionnaire q = questionnaires.get(campaign.questionnaireCode(), campaign.questionnaireVersion());
        SurveyResponse.Recorded r = SurveyResponse.record(UUID.randomUUID().toString(), campaign, q, receipt, caseId,
                contactRef, form, today, scores, caller.subject(), clock.instant());
        try {
            responses.insert(r.response());
        } catch (DuplicateKeyException twice) {
            throw caseId != null ? new Conflict("caseId", "case " + caseId + " was answered already")
                    : new Conflict("receipt", "the form of this receipt was recorded already");
        }
        outbox.append(SurveyTopics.SURVEY_EVENTS, campaign.code(), r.event());
        SurveyResponse s = r.response();
        opinions.fromResponse(new Opinions.AnsweredForm(s.id(), s.campaign(), s.answers(), s.contactRef(),
                s.followUpConsent(), s.recordedBy(), s.recordedAt()));
        return new Recorded(s.id(), campaign.code(), s.receiptId(), s.score(), s.anonymous(), s.collectedOn());
    }

    @Transactional(readOnly = true)
    public List<RecordedResponse> list(String campaignCode, Caller caller) {
        campaigns.get(campaignCode, caller);
        return responses.byCampaign(campaignCode);
    }
}
