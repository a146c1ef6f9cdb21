package hall.caseservice.complaints.messaging;

import hall.callbacks.events.CallbackEvent;
import hall.callbacks.events.CallbackTopics;
import hall.callbacks.events.ComplaintRaisedInCallback;
import hall.caseservice.complaints.application.Complaints;
import hall.eventing.inbox.EventInbox;
import hall.events.EventTypes;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Files the complaints people raise during callbacks, each once; callback-service's other events are ignored. */
@Component
public class CallbackComplaintsListener {

    static final String CONSUMER = "case-service.callback-complaints";
    private static final EventTypes<CallbackEvent> CALLBACK = EventTypes.of(CallbackEvent.class);

    private final EventInbox inbox;
    private final Complaints complaints;

    public CallbackComplaintsListener(EventInbox inbox, Complaints complaints) {
        this.inbox = inbox;
        this.complaints = complaints;
    }

    @KafkaListener(topics = CallbackTopics.CALLBACK_EVENTS, groupId = "${spring.application.name}")
    public void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, CONSUMER, in -> in.as(CALLBACK).ifPresent(e -> {
            if (e instanceof ComplaintRaisedInCallback raised) {
                complaints.fileFromCallback(raised);
            }
        }));
    }
}
