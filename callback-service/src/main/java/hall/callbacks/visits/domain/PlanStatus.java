package hall.callbacks.visits.domain;

/** A month's visit plan: PROPOSED, then APPROVED by the project manager or RETURNED with a reason. */
public enum PlanStatus {
    PROPOSED, APPROVED, RETURNED
}
