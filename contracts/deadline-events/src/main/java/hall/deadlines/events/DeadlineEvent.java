package hall.deadlines.events;

import hall.events.PlatformEvent;

/** Every event deadline-service publishes on {@link DeadlineTopics#DEADLINE_EVENTS}; the key is the case id. */
public sealed interface DeadlineEvent extends PlatformEvent
        permits DeadlineStarted, DeadlineSuspended, DeadlineChanged, DeadlineStopped, DeadlineWarning,
        DeadlineBreached, ExtensionRequested, ExtensionDecided, SupplementNoticePeriodLapsed {
}
