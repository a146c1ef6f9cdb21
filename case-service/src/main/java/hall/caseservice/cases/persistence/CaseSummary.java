package hall.caseservice.cases.persistence;

import hall.caseservice.cases.domain.CaseStatus;
import hall.cases.events.HandlingCategory;

import java.time.Instant;

/** One row of a case list or ledger. */
public record CaseSummary(String id, String matterCode, String matterName, String windowCode, String departmentCode,
        HandlingCategory category, CaseStatus status, Instant receivedAt, Instant acceptedAt, Instant completedAt,
        Instant returnedAt, String applicantName, String applicantPhone, boolean callbackConsent,
        String applicantSubject) {
}
