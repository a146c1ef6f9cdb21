package hall.callbacks.visits.domain;

import hall.callbacks.shared.PlanDecision;
import hall.callbacks.shared.PlanStatus;

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
        PlanDecision d = PlanDecision.of("plan " + id, status, approved, decisionReason, by, at);
        return new VisitPlan(id, projectCode, month, d.status(), proposedBy, proposedAt, d.decidedBy(),
                d.decidedAt(), d.reason());
    }
}
