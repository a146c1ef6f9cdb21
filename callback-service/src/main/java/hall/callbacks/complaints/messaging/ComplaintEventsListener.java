package hall.callbacks.complaints.messaging;

import hall.callbacks.tasks.application.CallbackTasks;
import hall.callbacks.visits.application.Visits;
import hall.cases.events.CaseTopics;
import hall.cases.events.ComplaintResolved;
import hall.eventing.inbox.EventInbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * A resolved complaint is followed up once: a property-service complaint an owner raised on a visit by a COMPLAINT
 * visit of that owner, any other complaint by a hall complaint callback task (read by TYPE until case-events is a
 * sealed family). Both happen in the inbox's transaction, so a redelivered event changes nothing.
 */
@Component
public class ComplaintEventsListener {

    public static final String CONSUMER = "callback-complaints";

    private final EventInbox inbox;
    private final Visits visits;
    private final CallbackTasks tasks;

    public ComplaintEventsListener(EventInbox inbox, Visits visits, CallbackTasks tasks) {
        this.inbox = inbox;
        this.visits = visits;
        this.tasks = tasks;
    }

    @KafkaListener(topics = CaseTopics.COMPLAINT_EVENTS, groupId = "${spring.application.name}")
    public void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, CONSUMER, event -> {
            if (ComplaintResolved.TYPE.equals(event.type())) {
                ComplaintResolved resolved = event.payload(ComplaintResolved.class);
                if (!visits.complaintResolved(resolved)) {
                    tasks.complaintResolved(resolved);
                }
            }
        });
    }
}
