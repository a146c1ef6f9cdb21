package hall.callbacks.frame.messaging;

import hall.callbacks.frame.application.SamplingFrame;
import hall.cases.events.CaseAccepted;
import hall.cases.events.CaseCompleted;
import hall.cases.events.CaseReturned;
import hall.cases.events.CaseSubmitted;
import hall.cases.events.CaseTopics;
import hall.eventing.inbox.EventInbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the sampling frame from {@code hall.case-events}, each event once. case-events are read by their
 * {@code TYPE} until that contract becomes a sealed family.
 */
@Component
public class CaseEventsListener {

    public static final String CONSUMER = "callback-frame";

    private final EventInbox inbox;
    private final SamplingFrame frame;

    public CaseEventsListener(EventInbox inbox, SamplingFrame frame) {
        this.inbox = inbox;
        this.frame = frame;
    }

    @KafkaListener(topics = CaseTopics.CASE_EVENTS, groupId = "${spring.application.name}")
    public void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, CONSUMER, event -> {
            switch (event.type()) {
                case CaseSubmitted.TYPE -> frame.submitted(event.payload(CaseSubmitted.class));
                case CaseAccepted.TYPE -> frame.accepted(event.payload(CaseAccepted.class));
                case CaseCompleted.TYPE -> frame.completed(event.payload(CaseCompleted.class));
                case CaseReturned.TYPE -> frame.returned(event.payload(CaseReturned.class));
                default -> {
                    // the other case events do not change the frame
                }
            }
        });
    }
}
