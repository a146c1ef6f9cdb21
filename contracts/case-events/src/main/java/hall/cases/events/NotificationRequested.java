package hall.cases.events;

import java.time.Instant;
import java.util.Map;

/**
 * A message to an applicant or owner, on {@link CaseTopics#NOTIFICATION_REQUESTS}. recipientRef is a contact
 * reference (never a phone number); the notifier resolves it. text is rendered from a template, in Chinese
 * by default. Published by any service that needs to tell an applicant something.
 */
public record NotificationRequested(String notificationId, String recipientRef, String caseId, String template,
        String locale, String text, Map<String, String> parameters, Instant requestedAt) implements NotificationEvent {

    public static final String TYPE = "hall.notification.requested.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
