package hall.surveys.campaigns.application;

import hall.callbacks.events.OwnerRegistered;
import hall.eventing.outbox.EventOutbox;
import hall.security.Caller;
import hall.security.PersonalDataMasking;
import hall.security.Role;
import hall.surveys.campaigns.domain.Campaign;
import hall.surveys.campaigns.domain.IsoWeek;
import hall.surveys.campaigns.domain.OwnerEntry;
import hall.surveys.campaigns.domain.Receipt;
import hall.surveys.campaigns.persistence.CampaignRepository;
import hall.surveys.events.SurveyTopics;
import hall.surveys.questionnaires.application.Questionnaires;
import hall.surveys.questionnaires.domain.Questionnaire;
import hall.surveys.questionnaires.domain.SurveyPurpose;
import hall.surveys.shared.AccessRefused;
import hall.surveys.shared.Conflict;
import hall.surveys.shared.InvalidInput;
import hall.surveys.shared.NotFound;
import hall.surveys.shared.config.SurveySettings;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Opens campaigns and distributes owner surveys with one sign-off receipt per owner; keeps the owners read model
 * from callback-service's events; a late-registered owner gets a receipt of every owner survey still collecting.
 */
@Service
public class Campaigns {

    private final CampaignRepository campaigns;
    private final Questionnaires questionnaires;
    private final EventOutbox outbox;
    private final SurveySettings settings;
    private final Clock clock;

    public Campaigns(CampaignRepository campaigns, Questionnaires questionnaires, EventOutbox outbox,
            SurveySettings settings, Clock clock) {
        this.campaigns = campaigns;
        this.questionnaires = questionnaires;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    /** A campaign with its progress; {@code shortfall} is the number of on-site forms still missing. */
    public record CampaignView(Campaign campaign, boolean collecting, long receipts, long signedReceipts,
            long responses, Long shortfall) {
    }

    /** A receipt as listed: the name of the person who signed is masked. */
    public record ReceiptView(String id, String ownerId, String household, String contactRef, Instant distributedAt,
            boolean signed, String receivedBy, Instant receivedAt, boolean answered) {
    }

    @Transactional
    public CampaignView open(Campaign.Opening opening, String questionnaireCode, Integer version, Caller caller) {
        if (opening.kind() == SurveyPurpose.OWNER_ANNUAL) {
            requireProject(opening.projectCode(), caller);
        } else if (!caller.hasAnyRole(Role.SUPERVISOR, Role.CALLBACK_AGENT, Role.ADMIN)) {
            throw new AccessRefused("on-site campaigns are opened by the supervision office or callback agents");
        }
        Questionnaire q = questionnaires.publishedForUse(required(questionnaireCode), version);
        Campaign c = Campaign.open(opening, q, settings.onsiteTarget(), settings.today(clock), caller.subject(),
                clock.instant());
        return store(c);
    }

    /** The on-site campaign of a window for the week of {@code date}, opened with the configured form if none is. */
    @Transactional
    public Campaign onsiteCampaign(String windowCode, LocalDate date, String by) {
        IsoWeek week = IsoWeek.of(date);
        return campaigns.onsite(windowCode, week.toString()).orElseGet(() -> {
            Questionnaire q = questionnaires.publishedForUse(settings.onsiteQuestionnaire(), null);
            Campaign c = Campaign.open(new Campaign.Opening("HO-" + windowCode + "-" + week, SurveyPurpose.HALL_ONSITE,
                    null, null, windowCode, week.toString(), null, null), q, settings.onsiteTarget(),
                    settings.today(clock), by, clock.instant());
            store(c);
            return c;
        });
    }

    private CampaignView store(Campaign c) {
        try {
            campaigns.insert(c);
        } catch (DuplicateKeyException taken) {
            throw new Conflict(c.ownerSurvey() ? "code" : "isoWeek", c.ownerSurvey()
                    ? "campaign " + c.code() + " exists already"
                    : "window " + c.windowCode() + " has an on-site campaign for " + c.isoWeek() + " already, or the code is taken");
        }
        int receipts = 0;
        if (c.ownerSurvey()) {
            for (OwnerEntry owner : campaigns.owners(c.projectCode())) {
                if (campaigns.insert(Receipt.handOut(UUID.randomUUID().toString(), c.code(), owner, c.openedAt()))) {
                    receipts++;
                }
            }
        }
        outbox.append(SurveyTopics.SURVEY_EVENTS, c.code(), c.opened(receipts));
        return view(c);
    }

    /** Applies callback-service's OwnerRegistered: the owner joins the read model and open owner surveys. */
    @Transactional
    public void ownerRegistered(OwnerRegistered e) {
        OwnerEntry owner = new OwnerEntry(e.ownerId(), e.projectCode(),
                e.building() + "-" + e.unit() + "-" + e.room(), e.contactConsent(), e.contactRef());
        if (!campaigns.insertOwner(owner, e.registeredAt())) {
            return;
        }
        Instant now = clock.instant();
        for (Campaign c : campaigns.collectingOwnerSurveys(e.projectCode(), settings.today(clock))) {
            campaigns.insert(Receipt.handOut(UUID.randomUUID().toString(), c.code(), owner, now));
        }
    }

    @Transactional(readOnly = true)
    public CampaignView get(String code, Caller caller) {
        Campaign c = find(code);
        requireReader(c, caller);
        return view(c);
    }

    @Transactional(readOnly = true)
    public List<CampaignView> list(String projectCode, Integer year, String windowCode, String isoWeek, Caller caller) {
        String project = projectCode;
        if (caller.hasRole(Role.PROPERTY_MANAGER) && !caller.hasAnyRole(Role.ADMIN, Role.SUPERVISOR, Role.CALLBACK_AGENT)) {
            if (project != null && !project.equals(caller.projectCode())) {
                throw new AccessRefused("a property manager sees only the campaigns of its project");
            }
            project = caller.projectCode() == null ? "-" : caller.projectCode();
        }
        return campaigns.list(project, year, windowCode, isoWeek).stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public List<ReceiptView> receipts(String code, Caller caller) {
        Campaign c = find(code);
        requireReader(c, caller);
        return campaigns.receipts(code).stream().map(row -> {
            Receipt r = row.receipt();
            return new ReceiptView(r.id(), r.ownerId(), r.household(), r.contactRef(), r.distributedAt(), r.signed(),
                    r.receivedBy() == null ? null : PersonalDataMasking.name(r.receivedBy()), r.receivedAt(),
                    row.answered());
        }).toList();
    }

    @Transactional
    public ReceiptView signOff(String code, String receiptId, String receivedBy, Instant receivedAt, Caller caller) {
        Campaign c = find(code);
        requireDistributor(c, caller);
        Receipt r = campaigns.receipt(code, receiptId, null)
                .orElseThrow(() -> new NotFound("no receipt " + receiptId + " in campaign " + code));
        Receipt signed = r.signOff(receivedBy, receivedAt, clock.instant());
        campaigns.signOff(signed);
        return new ReceiptView(signed.id(), signed.ownerId(), signed.household(), signed.contactRef(),
                signed.distributedAt(), true, PersonalDataMasking.name(signed.receivedBy()), signed.receivedAt(), false);
    }

    public Campaign find(String code) {
        return campaigns.find(code).orElseThrow(() -> new NotFound("no campaign " + code));
    }

    /** The receipt a collected owner form answers, by id or household, locked. */
    public Receipt receiptFor(Campaign c, String receiptId, String household) {
        if (receiptId == null && household == null) {
            throw InvalidInput.of("receiptId", "an owner survey answer names its receipt (receiptId or household)");
        }
        return campaigns.receipt(c.code(), receiptId, household).orElseThrow(() -> new NotFound(
                "no receipt " + (receiptId != null ? receiptId : "of household " + household) + " in campaign " + c.code()));
    }

    private CampaignView view(Campaign c) {
        CampaignRepository.Counts n = campaigns.counts(c.code());
        Long shortfall = c.target() == null ? null : Math.max(0, c.target() - n.responses());
        return new CampaignView(c, c.collecting(settings.today(clock)), n.receipts(), n.signedReceipts(),
                n.responses(), shortfall);
    }

    /** Owner surveys are distributed by callback agents, the supervision office, ADMIN, or the project's manager. */
    public static void requireDistributor(Campaign c, Caller caller) {
        if (c.ownerSurvey()) {
            requireProject(c.projectCode(), caller);
        } else if (!caller.hasAnyRole(Role.SUPERVISOR, Role.CALLBACK_AGENT, Role.ADMIN)) {
            throw new AccessRefused("on-site campaigns are kept by the supervision office or callback agents");
        }
    }

    private static void requireProject(String projectCode, Caller caller) {
        if (caller.hasAnyRole(Role.ADMIN, Role.SUPERVISOR, Role.CALLBACK_AGENT)) {
            return;
        }
        if (caller.hasRole(Role.PROPERTY_MANAGER) && projectCode != null && projectCode.equals(caller.projectCode())) {
            return;
        }
        throw new AccessRefused("a property manager keeps only the campaigns of its own project");
    }

    private static void requireReader(Campaign c, Caller caller) {
        if (c.ownerSurvey()) {
            requireProject(c.projectCode(), caller);
        } else if (caller.hasRole(Role.CLERK) && !caller.hasAnyRole(Role.ADMIN, Role.SUPERVISOR, Role.CALLBACK_AGENT)
                && !c.windowCode().equals(caller.windowCode())) {
            throw new AccessRefused("a clerk sees only the campaigns of its window");
        } else if (!caller.hasAnyRole(Role.ADMIN, Role.SUPERVISOR, Role.CALLBACK_AGENT, Role.CLERK)) {
            throw new AccessRefused("on-site campaigns are read by the hall's staff");
        }
    }

    private static String required(String questionnaireCode) {
        if (questionnaireCode == null || questionnaireCode.isBlank()) {
            throw InvalidInput.of("questionnaire", "must name a questionnaire");
        }
        return questionnaireCode;
    }
}
