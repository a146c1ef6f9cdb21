package hall.deadlines.accountability.application;

import java.time.Instant;

/** An accountability record (问责) as the supervision office sees it; closedAt is null while it is open. */
public record AccountabilityView(String id, String clockId, String caseId, String kind, String windowCode,
        String departmentCode, String handlerId, Instant dueAt, Instant openedAt, Instant closedAt, String closedBy,
        String justification) {
}
