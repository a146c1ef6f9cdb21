package hall.cases.events;

import hall.events.PlatformEvent;

/**
 * Every event case-service publishes about a complaint on {@link CaseTopics#COMPLAINT_EVENTS}; the key is the
 * complaint id.
 */
public sealed interface ComplaintEvent extends PlatformEvent permits ComplaintFiled, ComplaintResolved {
}
