package hall.cases.events;

import hall.events.PlatformEvent;

/**
 * Messages to applicants and owners on {@link CaseTopics#NOTIFICATION_REQUESTS}, published by any service that needs
 * to tell an applicant something.
 */
public sealed interface NotificationEvent extends PlatformEvent permits NotificationRequested {
}
