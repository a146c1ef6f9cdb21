package hall.caseservice.cases.application;

import hall.caseservice.cases.domain.Case;
import hall.caseservice.cases.domain.CaseStatus;
import hall.caseservice.cases.persistence.CaseSummary;
import hall.cases.events.HandlingCategory;
import hall.security.PersonalDataMasking;

import java.time.Instant;

/** A case in a list or ledger; name and phone are always masked here. */
public record CaseSummaryView(String id, String matterCode, String matterName, String windowCode,
        String departmentCode, HandlingCategory category, CaseStatus status, Instant receivedAt, Instant acceptedAt,
        Instant completedAt, Instant returnedAt, String applicantName, String applicantPhone, boolean callbackConsent,
        String contactRef) {

    public static CaseSummaryView of(CaseSummary s) {
        return new CaseSummaryView(s.id(), s.matterCode(), s.matterName(), s.windowCode(), s.departmentCode(),
                s.category(), s.status(), s.receivedAt(), s.acceptedAt(), s.completedAt(), s.returnedAt(),
                PersonalDataMasking.name(s.applicantName()), PersonalDataMasking.phone(s.applicantPhone()),
                s.callbackConsent(), Case.contactRefOf(s.id()));
    }
}
