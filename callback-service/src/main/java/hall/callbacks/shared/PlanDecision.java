package hall.callbacks.shared;

import java.time.Instant;

/**
 * The decision on a plan put up for approval (a month's owner visit plan, a customer's regular callback plan):
 * approved, or sent back with a written reason; a plan is decided once.
 */
public record PlanDecision(PlanStatus status, String decidedBy, Instant decidedAt, String reason) {

    public static final int MAX_REASON = 2000;

    /** Decides the plan named {@code plan} standing at {@code current}. */
    public static PlanDecision of(String plan, PlanStatus current, Boolean approved, String reason, String by,
            Instant at) {
        if (approved == null) {
            throw new BadField("approved", "true to approve, false to send the plan back");
        }
        if (current != PlanStatus.PROPOSED) {
            throw new RuleBroken("status", plan + " is " + current + " already");
        }
        if (!approved && (reason == null || reason.isBlank())) {
            throw new BadField("reason", "say why the plan is sent back");
        }
        if (reason != null && reason.length() > MAX_REASON) {
            throw new BadField("reason", "at most " + MAX_REASON + " characters");
        }
        return new PlanDecision(approved ? PlanStatus.APPROVED : PlanStatus.RETURNED, by, at, reason);
    }

    public boolean approved() {
        return status == PlanStatus.APPROVED;
    }
}
