package hall.callbacks.events;

import hall.events.PlatformEvent;

/** Every event callback-service publishes on {@link CallbackTopics#CALLBACK_EVENTS}. */
public sealed interface CallbackEvent extends PlatformEvent
        permits OwnerRegistered, SamplingRoundDrawn, CallbackCompleted, ProblemOpened, RectificationReported,
        ProblemClosed, RectificationOverdue, WindowScoresPublished, ComplaintRaisedInCallback, VisitPlanApproved,
        VisitCompleted, OwnerIssueEscalated, OwnerIssueClosed, AccessGranted, CustomerCallbackDue {
}
