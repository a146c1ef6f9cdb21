package hall.caseservice.cases.messaging;

import hall.caseservice.cases.application.ApplicantNotices;
import hall.cases.events.CaseTopics;
import hall.cases.events.NotificationRequested;
import hall.eventing.inbox.EventInbox;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Keeps every notice sent to an applicant about a case (from case-service and deadline-service), each once. */
@Component
public class ApplicantNoticesListener {

    static final String CONSUMER = "case-service.applicant-notices";

    private final EventInbox inbox;
    private final ApplicantNotices notices;

    public ApplicantNoticesListener(EventInbox inbox, ApplicantNotices notices) {
        this.inbox = inbox;
        this.notices = notices;
    }

    @KafkaListener(topics = CaseTopics.NOTIFICATION_REQUESTS, groupId = "${spring.application.name}")
    public void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, CONSUMER, event -> {
            if (NotificationRequested.TYPE.equals(event.type())) {
                notices.sent(event.payload(NotificationRequested.class));
            }
        });
    }
}
