package hall.caseservice.cases.messaging;

import hall.caseservice.cases.application.DeemedAcceptances;
import hall.caseservice.cases.persistence.DeadlineReadModel;
import hall.caseservice.cases.application.DeadlineSteps;
import hall.deadlines.events.DeadlineBreached;
import hall.deadlines.events.DeadlineChanged;
import hall.deadlines.events.DeadlineEvent;
import hall.deadlines.events.DeadlineStarted;
import hall.deadlines.events.DeadlineStopped;
import hall.deadlines.events.DeadlineSuspended;
import hall.deadlines.events.DeadlineTopics;
import hall.deadlines.events.DeadlineWarning;
import hall.deadlines.events.ExtensionDecided;
import hall.deadlines.events.ExtensionRequested;
import hall.deadlines.events.SupplementNoticePeriodLapsed;
import hall.eventing.inbox.EventInbox;
import hall.events.EventTypes;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the due dates and clock states (running, suspended, stopped) deadline-service reports, writes extensions,
 * warnings and breaches into the case's history, and applies the deemed acceptance when no supplement notice
 * followed within 5 working days of receipt. Other deadline event types are ignored.
 */
@Component
public class DeadlineEventsListener {

    static final String CONSUMER = "case-service.deadline-events";
    private static final EventTypes<DeadlineEvent> DEADLINE = EventTypes.of(DeadlineEvent.class);

    private final EventInbox inbox;
    private final DeadlineReadModel deadlines;
    private final DeemedAcceptances deemedAcceptances;
    private final DeadlineSteps steps;

    public DeadlineEventsListener(EventInbox inbox, DeadlineReadModel deadlines, DeemedAcceptances deemedAcceptances,
            DeadlineSteps steps) {
        this.inbox = inbox;
        this.deadlines = deadlines;
        this.deemedAcceptances = deemedAcceptances;
        this.steps = steps;
    }

    @KafkaListener(topics = DeadlineTopics.DEADLINE_EVENTS, groupId = "${spring.application.name}")
    public void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, CONSUMER, in -> in.as(DEADLINE).ifPresent(event -> {
            switch (event) {
                case DeadlineStarted e -> deadlines.started(e);
                case DeadlineSuspended e -> deadlines.suspended(e);
                case DeadlineChanged e -> deadlines.changed(e);
                case DeadlineStopped e -> deadlines.stopped(e);
                case SupplementNoticePeriodLapsed e -> deemedAcceptances.lapsed(e.caseId());
                case ExtensionRequested e -> steps.extensionRequested(e);
                case ExtensionDecided e -> steps.extensionDecided(e);
                case DeadlineWarning e -> steps.warned(e);
                case DeadlineBreached e -> steps.breached(e);
                default -> {
                    // not needed here
                }
            }
        }));
    }
}
