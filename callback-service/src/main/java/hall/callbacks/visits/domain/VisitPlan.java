package hall.callbacks.visits.domain;

import hall.callbacks.shared.BadField;
import hall.callbacks.shared.RuleBroken;

import java.time.Instant;
import java.time.YearMonth;

/**
 * A project's owner visit plan for one month, proposed by customer service and approved by the project's manager
 * (or sent back with a reason, which makes room for a new proposal). Only an approved plan releases its visits.
 */
public record VisitPlan(String id, String projectCode, YearMonth month, PlanStatus status, String proposedBy,
        Instant proposedAt, String decidedBy, Instant decidedAt, String reason) {

    public static VisitPlan propose(String id, String projectCode, YearMonth month, String by, Instant at) {
        return new VisitPlan(id, projectCode, month, PlanStatus.PROPOSED, by, at, null, null, null);
    }

    public VisitPlan decide(boolean approved, String decisionReason, String by, Instant at) {
        if (status != PlanStatus.PROPOSED) {
            throw new RuleBroken("status", "plan " + id + " is " + status + " already");
        }
        if (!approved && (decisionReason == null || decisionReason.isBlank())) {
            throw new BadField("reason", "say why the plan is sent back");
        }
        if (decisionReason != null && decisionReason.length() > 2000) {
            throw new BadField("reason", "at most 2000 characters");
        }
        return new VisitPlan(id, projectCode, month, approved ? PlanStatus.APPROVED : PlanStatus.RETURNED,
                proposedBy, proposedAt, by, at, decisionReason);
    }
}
