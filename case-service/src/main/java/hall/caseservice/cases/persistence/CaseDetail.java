package hall.caseservice.cases.persistence;

import hall.caseservice.catalogue.domain.Matter;
import hall.caseservice.cases.domain.AuthorityReport;
import hall.caseservice.cases.domain.JointPart;
import hall.caseservice.cases.domain.SupplementNotice;
import hall.caseservice.cases.domain.Suspension;

import java.util.List;

/** The nested part of a case, stored as JSON in hall_case.detail. */
record CaseDetail(Matter matter, List<String> handedIn, List<String> outstanding, List<String> suppliedSinceNotice,
        List<SupplementNotice> notices, List<Suspension> suspensions, List<JointPart> jointParts,
        AuthorityReport report, boolean deemedAccepted, String result, String returnReason,
        String returnPolicyBasis) {
}
