package hall.caseservice.cases.domain;

import hall.cases.events.HandlingCategory;

import java.time.Instant;

/** One step of a case's history: who, when, what, from which status and category to which, and why. */
public record HistoryEntry(Instant at, String actorSubject, String actorName, String action, CaseStatus fromStatus,
        CaseStatus toStatus, HandlingCategory fromCategory, HandlingCategory toCategory, String reason) {
}
