package hall.caseservice.cases.application;

import hall.caseservice.cases.domain.Case;
import hall.cases.events.NotificationTemplates;
import hall.caseservice.shared.HallClock;
import hall.cases.events.CaseAccepted;
import hall.cases.events.CaseCompleted;
import hall.cases.events.CaseEvent;
import hall.cases.events.CaseReturned;
import hall.cases.events.CaseTopics;
import hall.cases.events.MissingItem;
import hall.cases.events.NotificationRequested;
import hall.cases.events.SupplementRequested;
import hall.eventing.outbox.EventOutbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Appends a case's events to the outbox (topic hall.case-events, key = case id), and for the supplement notice,
 * acceptance, return and completion a NotificationRequested with a Chinese text to the applicant.
 */
@Component
public class CaseEventPublisher {

    private static final Logger log = LoggerFactory.getLogger(CaseEventPublisher.class);

    private final EventOutbox outbox;
    private final NotificationTemplates templates = NotificationTemplates.chinese();
    private final HallClock clock;

    public CaseEventPublisher(EventOutbox outbox, HallClock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    public void publish(Case c, List<CaseEvent> events) {
        for (CaseEvent event : events) {
            outbox.append(CaseTopics.CASE_EVENTS, c.id(), event);
            // one line per state change; it carries the request id of the request that caused it
            log.info("Case {} ({} at window {}): {}", c.id(), c.matter().code(), c.windowCode(), event.eventType());
            notificationFor(c, event);
        }
    }

    private void notificationFor(Case c, CaseEvent event) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("applicantName", c.applicant().name());
        p.put("matterName", c.matter().name());
        p.put("caseId", c.id());
        String template;
        Instant at;
        switch (event) {
            case SupplementRequested e -> {
                template = "case.supplement-notice";
                p.put("items", String.join("；", e.items().stream().map(CaseEventPublisher::item).toList()));
                at = e.requestedAt();
            }
            case CaseAccepted e -> {
                template = e.deemed() ? "case.accepted-deemed" : "case.accepted";
                p.put("acceptedOn", clock.dateOf(e.acceptedAt()).toString());
                p.put("promisedLimitDays", Integer.toString(e.promisedLimitDays()));
                at = clock.now();
            }
            case CaseReturned e -> {
                template = "case.returned";
                p.put("reason", e.reason());
                p.put("policyBasis", e.policyBasis());
                at = e.returnedAt();
            }
            case CaseCompleted e -> {
                template = "case.completed";
                p.put("completedOn", clock.dateOf(e.completedAt()).toString());
                p.put("result", e.result());
                at = e.completedAt();
            }
            default -> {
                return;
            }
        }
        NotificationRequested n = new NotificationRequested(UUID.randomUUID().toString(), c.contactRef(), c.id(),
                template, templates.locale(), templates.render(template, p), Map.copyOf(p), at);
        outbox.append(CaseTopics.NOTIFICATION_REQUESTS, c.id(), n);
    }

    private static String item(MissingItem i) {
        return i.name() + "（" + i.reason() + "）";
    }
}
