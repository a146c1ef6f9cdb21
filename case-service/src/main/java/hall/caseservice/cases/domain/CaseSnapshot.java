package hall.caseservice.cases.domain;

import hall.caseservice.catalogue.domain.Matter;
import hall.cases.events.HandlingCategory;

import java.time.Instant;
import java.util.List;

/** The stored form of a case; {@link Case#restore} rebuilds the aggregate from it. */
public record CaseSnapshot(String id, Matter matter, String windowCode, Applicant applicant, Instant receivedAt,
        CaseStatus status, HandlingCategory category, List<String> handedIn, List<String> outstanding,
        List<String> suppliedSinceNotice, List<SupplementNotice> notices, List<Suspension> suspensions,
        List<JointPart> jointParts, AuthorityReport report, Instant acceptedAt, boolean deemedAccepted,
        Instant completedAt, String result, Instant returnedAt, String returnReason, String returnPolicyBasis,
        List<HistoryEntry> history, long version) {
}
