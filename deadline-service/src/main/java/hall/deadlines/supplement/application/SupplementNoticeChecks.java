package hall.deadlines.supplement.application;

import hall.cases.events.CaseSubmitted;
import hall.deadlines.calendar.application.CalendarChangeListener;
import hall.deadlines.calendar.application.Calendars;
import hall.workingdays.WorkingDayCalendar;
import hall.deadlines.events.DeadlineTopics;
import hall.deadlines.events.SupplementNoticePeriodLapsed;
import hall.deadlines.shared.DeadlineProperties;
import hall.deadlines.shared.HallSettings.HallZone;
import hall.workingdays.SupplementNoticePeriod;
import hall.deadlines.supplement.persistence.SupplementNoticeCheckRepository;
import hall.deadlines.supplement.persistence.SupplementNoticeCheckRepository.PendingCheck;
import hall.eventing.outbox.EventOutbox;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The 5-working-day supplement-notice rule: a submitted case gets a pending check; a supplement notice, an
 * acceptance or a return settles it; otherwise, once the period has lapsed, SupplementNoticePeriodLapsed is
 * published exactly once (the check row is claimed with SKIP LOCKED and marked in the same transaction).
 */
@Service
public class SupplementNoticeChecks implements CalendarChangeListener {

    public static final String BY_NOTICE = "SUPPLEMENT_REQUESTED";
    public static final String BY_ACCEPTANCE = "ACCEPTED";
    public static final String BY_RETURN = "RETURNED";

    private final SupplementNoticeCheckRepository checks;
    private final Calendars calendars;
    private final HallZone zone;
    private final DeadlineProperties properties;
    private final EventOutbox outbox;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public SupplementNoticeChecks(SupplementNoticeCheckRepository checks, Calendars calendars, HallZone zone,
            DeadlineProperties properties, EventOutbox outbox, TransactionTemplate transactionTemplate, Clock clock) {
        this.checks = checks;
        this.calendars = calendars;
        this.zone = zone;
        this.properties = properties;
        this.outbox = outbox;
        this.transaction = transactionTemplate;
        this.clock = clock;
    }

    @Transactional
    public void submitted(CaseSubmitted e) {
        String region = properties.getRegion();
        SupplementNoticePeriod period = SupplementNoticePeriod.of(e.receivedAt(), calendars.calendar(region), zone.zone());
        checks.insert(e.caseId(), e.windowCode(), region, e.receivedAt(), period);
    }

    @Transactional
    public void settled(String caseId, String by) {
        checks.resolve(caseId, by, clock.instant());
    }

    /** Publishes every lapsed period; safe to run on several instances at once. Returns how many lapsed. */
    public int publishLapsed(Instant now) {
        int total = 0;
        int claimed;
        do {
            Batch batch = transaction.execute(status -> {
                List<PendingCheck> due = checks.claimLapsed(now, properties.getScan().getBatchSize());
                int published = 0;
                for (PendingCheck check : due) {
                    if (checks.markLapsed(check.caseId(), now) == 1) {
                        outbox.append(DeadlineTopics.DEADLINE_EVENTS, check.caseId(),
                                new SupplementNoticePeriodLapsed(check.caseId(), check.receivedOn(),
                                        check.receivedAt(), now));
                        published++;
                    }
                }
                return new Batch(due.size(), published);
            });
            claimed = batch == null ? 0 : batch.claimed();
            total += batch == null ? 0 : batch.published();
        } while (claimed == properties.getScan().getBatchSize());
        return total;
    }

    private record Batch(int claimed, int published) {
    }

    @Override
    public int calendarChanged(String region, int year, WorkingDayCalendar calendar) {
        for (PendingCheck check : checks.lockPendingTouching(region, LocalDate.of(year, 1, 1).atStartOfDay(zone.zone()).toInstant(),
                LocalDate.of(year, 12, 31))) {
            checks.reschedule(check.caseId(), SupplementNoticePeriod.of(check.receivedAt(), calendar, zone.zone()));
        }
        return 0;
    }
}
