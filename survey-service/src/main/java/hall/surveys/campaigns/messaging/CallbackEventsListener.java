package hall.surveys.campaigns.messaging;

import hall.callbacks.events.CallbackTopics;
import hall.callbacks.events.OwnerRegistered;
import hall.eventing.inbox.EventInbox;
import hall.surveys.campaigns.application.Campaigns;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps the owners of residential projects from callback-service's OwnerRegistered; other types are ignored. */
@Component
public class CallbackEventsListener {

    static final String CONSUMER = "survey-service.callback-events";

    private final EventInbox inbox;
    private final Campaigns campaigns;

    public CallbackEventsListener(EventInbox inbox, Campaigns campaigns) {
        this.inbox = inbox;
        this.campaigns = campaigns;
    }

    @KafkaListener(topics = CallbackTopics.CALLBACK_EVENTS, groupId = "${spring.application.name}")
    public void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, CONSUMER, event -> {
            if (OwnerRegistered.TYPE.equals(event.type())) {
                campaigns.ownerRegistered(event.payload(OwnerRegistered.class));
            }
        });
    }
}
