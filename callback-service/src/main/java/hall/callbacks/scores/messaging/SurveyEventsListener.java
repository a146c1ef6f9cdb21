package hall.callbacks.scores.messaging;

import hall.callbacks.scores.application.WindowScores;
import hall.callbacks.tasks.application.CallbackTasks;
import hall.eventing.inbox.EventInbox;
import hall.events.EventTypes;
import hall.surveys.events.EvaluatorRatingRecorded;
import hall.surveys.events.FollowUpRequested;
import hall.surveys.events.ResponseRecorded;
import hall.surveys.events.SurveyEvent;
import hall.surveys.events.SurveyTopics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * survey-service's events, each once: e-evaluator ratings and hall on-site forms count in the window scores, and
 * each follow-up request becomes one follow-up callback task.
 */
@Component
public class SurveyEventsListener {

    public static final String CONSUMER = "callback-surveys";
    private static final EventTypes<SurveyEvent> SURVEY = EventTypes.of(SurveyEvent.class);

    private final EventInbox inbox;
    private final WindowScores scores;
    private final CallbackTasks tasks;

    public SurveyEventsListener(EventInbox inbox, WindowScores scores, CallbackTasks tasks) {
        this.inbox = inbox;
        this.scores = scores;
        this.tasks = tasks;
    }

    @KafkaListener(topics = SurveyTopics.SURVEY_EVENTS, groupId = "${spring.application.name}")
    public void on(ConsumerRecord<String, byte[]> record) {
        inbox.receive(record, CONSUMER, in -> in.as(SURVEY).ifPresent(e -> {
            switch (e) {
                case EvaluatorRatingRecorded r -> scores.rating(r);
                case ResponseRecorded r -> scores.response(r);
                case FollowUpRequested f -> tasks.followUpRequested(f);
                default -> {
                    // campaigns, opinions and measures are survey-service's own business
                }
            }
        }));
    }
}
