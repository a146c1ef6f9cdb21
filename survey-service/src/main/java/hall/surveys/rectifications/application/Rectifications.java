package hall.surveys.rectifications.application;

import hall.eventing.outbox.EventOutbox;
import hall.security.Caller;
import hall.security.Role;
import hall.surveys.campaigns.application.Campaigns;
import hall.surveys.events.SurveyTopics;
import hall.surveys.opinions.application.Opinions;
import hall.surveys.opinions.domain.Opinion;
import hall.surveys.rectifications.domain.RectificationMeasure;
import hall.surveys.rectifications.domain.StoredMeasure;
import hall.surveys.rectifications.persistence.RectificationRepository;
import hall.surveys.shared.remote.WorkingDayCalendar;
import hall.surveys.shared.AccessRefused;
import hall.surveys.shared.Conflict;
import hall.surveys.shared.InvalidInput;
import hall.surveys.shared.NotFound;
import hall.surveys.shared.config.SurveySettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Rectification measures answering opinions: due dates from deadline-service's calendar (pending, never guessed,
 * while it cannot answer; set later on request), RectificationMeasureRecorded, and FollowUpRequested for owners
 * who consented. Recorded by the department officer of the opinion's department, the project's property manager,
 * the supervision office or ADMIN.
 */
@Service
public class Rectifications {

    private final RectificationRepository measures;
    private final Opinions opinions;
    private final Campaigns campaigns;
    private final WorkingDayCalendar calendar;
    private final EventOutbox outbox;
    private final SurveySettings settings;
    private final Clock clock;

    public Rectifications(RectificationRepository measures, Opinions opinions, Campaigns campaigns,
            WorkingDayCalendar calendar, EventOutbox outbox, SurveySettings settings, Clock clock) {
        this.measures = measures;
        this.opinions = opinions;
        this.campaigns = campaigns;
        this.calendar = calendar;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    public StoredMeasure record(String opinionId, RectificationMeasure.Answer answer,
            Caller caller) {
        if (opinionId == null || opinionId.isBlank()) {
            throw InvalidInput.of("opinionId", "must name the opinion the measure answers");
        }
        Opinion opinion = opinions.find(opinionId);
        requireScope(opinion, caller);
        RectificationMeasure.Answer checked = RectificationMeasure.check(answer, settings.rectificationWorkingDays());
        LocalDate due = calendar.after(settings.today(clock), checked.workingDays()).orElse(null);
        RectificationMeasure.Recorded r = RectificationMeasure.record(UUID.randomUUID().toString(), opinion, checked,
                due, caller.subject(), clock.instant(), UUID.randomUUID().toString());
        measures.insert(r.measure());
        outbox.append(SurveyTopics.SURVEY_EVENTS, opinion.id(), r.event());
        r.followUp().ifPresent(f -> outbox.append(SurveyTopics.SURVEY_EVENTS, opinion.id(), f));
        return measures.find(r.measure().id()).orElseThrow();
    }

    /** Asks the calendar again for a pending due date; publishes the measure again once the date is known. */
    @Transactional
    public StoredMeasure settleDueDate(String measureId, Caller caller) {
        StoredMeasure row = measures.find(measureId)
                .orElseThrow(() -> new NotFound("no rectification measure " + measureId));
        Opinion opinion = opinions.find(row.opinionId());
        requireScope(opinion, caller);
        if (row.dueDate() != null) {
            throw new Conflict("dueDate", "the due date of measure " + measureId + " is set already");
        }
        LocalDate from = row.recordedAt().atZone(settings.hallZone()).toLocalDate();
        LocalDate due = calendar.after(from, row.workingDays()).orElse(null);
        if (due != null && measures.setDueDate(measureId, due)) {
            RectificationMeasure m = new RectificationMeasure(row.id(), opinion, row.measure(),
                    row.responsiblePerson(), row.workingDays(), due, row.solvableNow(), row.explanation(),
                    row.recordedBy(), row.recordedAt());
            outbox.append(SurveyTopics.SURVEY_EVENTS, opinion.id(), m.recorded());
        }
        return measures.find(measureId).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<StoredMeasure> list(String campaignCode, Caller caller) {
        campaigns.get(campaignCode, caller);
        return measures.byCampaign(campaignCode);
    }

    private static void requireScope(Opinion o, Caller caller) {
        if (caller.hasAnyRole(Role.ADMIN, Role.SUPERVISOR)) {
            return;
        }
        if (caller.hasRole(Role.DEPARTMENT_OFFICER) && o.departmentCode().equals(caller.departmentCode())) {
            return;
        }
        if (caller.hasRole(Role.PROPERTY_MANAGER) && o.projectCode() != null
                && o.projectCode().equals(caller.projectCode())) {
            return;
        }
        throw new AccessRefused("measures are recorded by the opinion's department, the project's manager or the supervision office");
    }
}
