package hall.caseservice.cases.persistence;

import hall.caseservice.cases.domain.CaseStatus;
import hall.cases.events.HandlingCategory;

import java.time.Instant;

/**
 * Filters of a case list; null means "any". department matches the owning department or a joint part.
 * receivedFrom is inclusive, receivedBefore exclusive.
 */
public record CaseFilter(String windowCode, String departmentCode, HandlingCategory category, CaseStatus status,
        Instant receivedFrom, Instant receivedBefore, String applicantSubject) {
}
