package hall.deadlines.clocks.messaging;

import hall.cases.events.CaseAccepted;
import hall.cases.events.CaseCompleted;
import hall.cases.events.CaseResumed;
import hall.cases.events.CaseReturned;
import hall.cases.events.CaseSubmitted;
import hall.cases.events.CaseSuspended;
import hall.cases.events.CaseTopics;
import hall.cases.events.JointPartDecided;
import hall.cases.events.SupplementRequested;
import hall.deadlines.clocks.application.ClockService;
import hall.deadlines.supplement.application.SupplementNoticeService;
import hall.eventing.inbox.EventInbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Applies case-service's events to the clocks and the supplement-notice checks, each event once. */
@Component
public class CaseEventsListener {

    public static final String CONSUMER = "deadline-clocks";

    private static final Logger log = LoggerFactory.getLogger(CaseEventsListener.class);

    private final EventInbox inbox;
    private final ClockService clocks;
    private final SupplementNoticeService supplementNotices;

    public CaseEventsListener(EventInbox inbox, ClockService clocks, SupplementNoticeService supplementNotices) {
        this.inbox = inbox;
        this.clocks = clocks;
        this.supplementNotices = supplementNotices;
    }

    @KafkaListener(topics = CaseTopics.CASE_EVENTS, groupId = "${spring.application.name}")
    public void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, CONSUMER, event -> {
            switch (event.type()) {
                case CaseSubmitted.TYPE -> supplementNotices.submitted(event.payload(CaseSubmitted.class));
                case SupplementRequested.TYPE -> supplementNotices.settled(
                        event.payload(SupplementRequested.class).caseId(), SupplementNoticeService.BY_NOTICE);
                case CaseAccepted.TYPE -> {
                    CaseAccepted accepted = event.payload(CaseAccepted.class);
                    supplementNotices.settled(accepted.caseId(), SupplementNoticeService.BY_ACCEPTANCE);
                    clocks.accepted(accepted);
                }
                case CaseSuspended.TYPE -> clocks.suspended(event.payload(CaseSuspended.class));
                case CaseResumed.TYPE -> clocks.resumed(event.payload(CaseResumed.class));
                case CaseCompleted.TYPE -> clocks.completed(event.payload(CaseCompleted.class));
                case JointPartDecided.TYPE -> clocks.jointPartDecided(event.payload(JointPartDecided.class));
                case CaseReturned.TYPE -> {
                    CaseReturned returned = event.payload(CaseReturned.class);
                    supplementNotices.settled(returned.caseId(), SupplementNoticeService.BY_RETURN);
                    clocks.returned(returned);
                }
                default -> {
                    // other case events do not concern deadlines
                    return;
                }
            }
            // one line per applied event; it carries the request id of the request that caused the event
            log.info("Case {}: {} applied to its deadline clocks", event.subject(), event.type());
        });
    }
}
