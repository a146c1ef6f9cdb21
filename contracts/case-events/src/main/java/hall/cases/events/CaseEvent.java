package hall.cases.events;

import hall.events.PlatformEvent;

/** Every event case-service publishes about a case on {@link CaseTopics#CASE_EVENTS}; the key is the case id. */
public sealed interface CaseEvent extends PlatformEvent
        permits CaseSubmitted, SupplementRequested, MaterialsSupplied, CaseAccepted, CaseSuspended, CaseResumed,
        CaseReported, AuthorityReplied, JointPartDecided, CaseCompleted, CaseReturned {
}
