package hall.surveys.opinions.application;

import hall.eventing.outbox.EventOutbox;
import hall.security.Caller;
import hall.surveys.campaigns.application.Campaigns;
import hall.surveys.campaigns.domain.Campaign;
import hall.surveys.events.SurveyTopics;
import hall.surveys.opinions.domain.KeywordRules;
import hall.surveys.opinions.domain.Opinion;
import hall.surveys.opinions.persistence.OpinionRepository;
import hall.surveys.questionnaires.domain.Answer;
import hall.surveys.questionnaires.domain.QuestionKind;
import hall.surveys.shared.NotFound;
import hall.surveys.shared.config.SurveySettings;
import hall.surveys.statistics.domain.DepartmentChart;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Opinions: every text answer of a response becomes an opinion classified to a department (keyword rules over
 * the question's tag), publishing OpinionClassified; they can be reclassified by hand and are summarised per
 * department for the project manager.
 */
@Service
public class Opinions {

    private final OpinionRepository opinions;
    private final Campaigns campaigns;
    private final EventOutbox outbox;
    private final KeywordRules rules;
    private final Clock clock;

    public Opinions(OpinionRepository opinions, Campaigns campaigns, EventOutbox outbox, SurveySettings settings,
            Clock clock) {
        this.opinions = opinions;
        this.campaigns = campaigns;
        this.outbox = outbox;
        this.rules = new KeywordRules(settings.opinionKeywords());
        this.clock = clock;
    }

    public record SummaryRow(String department, String departmentName, long opinions, long answered, long open,
            long unsolved) {
    }

    /**
     * The answers of a response just recorded, with who gave them: what {@link #fromResponse} classifies. The
     * responses feature hands them over, so that opinions need not know its types.
     */
    public record AnsweredForm(String responseId, Campaign campaign, List<Answer> answers, String contactRef,
            boolean followUpConsent, String recordedBy, Instant recordedAt) {
    }

    /** Classifies the text answers of a response just recorded (in its transaction). */
    @Transactional
    public void fromResponse(AnsweredForm r) {
        Campaign c = r.campaign();
        for (Answer a : r.answers()) {
            if (a.question().kind() != QuestionKind.TEXT) {
                continue;
            }
            Opinion.Classified o = Opinion.classify(UUID.randomUUID().toString(), r.responseId(), c.code(), c.projectCode(),
                    c.windowCode(), a.question().code(), a.question().department(), a.value(), r.contactRef(),
                    r.followUpConsent(), rules, r.recordedBy(), r.recordedAt());
            opinions.insert(o.opinion());
            outbox.append(SurveyTopics.SURVEY_EVENTS, o.opinion().id(), o.event());
        }
    }

    @Transactional(readOnly = true)
    public List<Opinion> list(String campaignCode, String department, Caller caller) {
        campaigns.get(campaignCode, caller);
        return opinions.byCampaign(campaignCode, department);
    }

    @Transactional(readOnly = true)
    public List<SummaryRow> summary(String campaignCode, Caller caller) {
        campaigns.get(campaignCode, caller);
        return opinions.summary(campaignCode).stream().map(s -> new SummaryRow(s.department(),
                DepartmentChart.departmentName(s.department()), s.opinions(), s.answered(),
                s.opinions() - s.answered(), s.unsolved())).toList();
    }

    @Transactional
    public Opinion reclassify(String campaignCode, String opinionId, String department, Caller caller) {
        Campaign c = campaigns.find(campaignCode);
        Campaigns.requireDistributor(c, caller);
        Opinion o = find(opinionId);
        if (!o.campaignCode().equals(campaignCode)) {
            throw new NotFound("no opinion " + opinionId + " in campaign " + campaignCode);
        }
        Opinion.Classified moved = o.reclassify(department, caller.subject(), clock.instant());
        opinions.reclassify(moved.opinion());
        outbox.append(SurveyTopics.SURVEY_EVENTS, o.id(), moved.event());
        return moved.opinion();
    }

    public Opinion find(String opinionId) {
        return opinions.find(opinionId).orElseThrow(() -> new NotFound("no opinion " + opinionId));
    }
}
