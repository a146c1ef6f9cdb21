package hall.callbacks.tasks.messaging;

import hall.callbacks.tasks.application.CallbackTasks;
import hall.cases.events.CaseTopics;
import hall.cases.events.ComplaintResolved;
import hall.eventing.inbox.EventInbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** A resolved complaint becomes one complaint callback task (read by TYPE until case-events is a sealed family). */
@Component
public class ComplaintEventsListener {

    public static final String CONSUMER = "callback-complaints";

    private final EventInbox inbox;
    private final CallbackTasks tasks;

    public ComplaintEventsListener(EventInbox inbox, CallbackTasks tasks) {
        this.inbox = inbox;
        this.tasks = tasks;
    }

    @KafkaListener(topics = CaseTopics.COMPLAINT_EVENTS, groupId = "${spring.application.name}")
    public void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, CONSUMER, event -> {
            if (ComplaintResolved.TYPE.equals(event.type())) {
                tasks.complaintResolved(event.payload(ComplaintResolved.class));
            }
        });
    }
}
