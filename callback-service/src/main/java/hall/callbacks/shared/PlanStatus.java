package hall.callbacks.shared;

/**
 * A plan put up for approval (a month's owner visit plan, a customer's regular callback plan): PROPOSED, then
 * APPROVED or RETURNED with a reason.
 */
public enum PlanStatus {
    PROPOSED, APPROVED, RETURNED
}
