package hall.caseservice.cases.application;

import hall.caseservice.cases.domain.AuthorityReport;
import hall.caseservice.cases.domain.Case;
import hall.caseservice.cases.domain.CaseAction;
import hall.caseservice.cases.domain.CaseStatus;
import hall.caseservice.cases.domain.HistoryEntry;
import hall.caseservice.cases.domain.JointPart;
import hall.caseservice.cases.domain.SupplementNotice;
import hall.caseservice.cases.domain.Suspension;
import hall.caseservice.cases.persistence.ApplicantNoticeRepository.ApplicantNotice;
import hall.cases.events.HandlingCategory;
import hall.security.PersonalDataMasking;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A case as answered by the API: state, category, allowed actions, due dates and the full history. */
public record CaseView(String id, String matterCode, String matterName, String windowCode, String departmentCode,
        HandlingCategory category, CaseStatus status, Instant receivedAt, Instant acceptedAt, boolean deemedAccepted,
        Instant completedAt, String result, String returnReason, String returnPolicyBasis, ApplicantView applicant,
        String contactRef, List<String> materialsOutstanding, SupplementNotice supplementNotice,
        List<SupplementNotice> supplementNotices, List<Suspension> suspensions, List<JointPartView> jointParts,
        AuthorityReport report, DeadlineView deadline, List<String> allowedActions, List<HistoryEntry> history,
        List<ApplicantNotice> notices) {

    public record ApplicantView(String name, String phone, String idNumber, boolean callbackConsent, String subject) {
    }

    public record JointPartView(String departmentCode, boolean lead, int internalLimitDays, JointPart.Decision decision,
            String reason, Instant decidedAt, String decidedBy, DeadlineView deadline) {
    }

    public static CaseView of(Case c, List<DeadlineView> deadlines, boolean fullPersonalData) {
        return of(c, deadlines, List.of(), fullPersonalData);
    }

    /**
     * The clocks are shown as deadline-service last reported them (DeadlineSuspended, DeadlineChanged...); the
     * notices are those sent to the applicant so far, oldest first.
     */
    public static CaseView of(Case c, List<DeadlineView> deadlines, List<ApplicantNotice> sent,
            boolean fullPersonalData) {
        var a = c.applicant();
        ApplicantView applicant = fullPersonalData
                ? new ApplicantView(a.name(), a.phone(), a.idNumber(), a.callbackConsent(), a.subject())
                : new ApplicantView(a.name(), PersonalDataMasking.phone(a.phone()),
                        PersonalDataMasking.idNumber(a.idNumber()), a.callbackConsent(), a.subject());
        DeadlineView applicantClock = deadlines.stream().filter(d -> "APPLICANT".equals(d.kind())).findFirst()
                .orElse(null);
        List<JointPartView> parts = c.jointParts().stream().map(p -> new JointPartView(p.departmentCode(), p.lead(),
                p.internalLimitDays(), p.decision(), p.reason(), p.decidedAt(), p.decidedBy(),
                deadlines.stream().filter(d -> "DEPARTMENT".equals(d.kind())
                        && Objects.equals(d.departmentCode(), p.departmentCode())).findFirst().orElse(null)))
                .toList();
        List<SupplementNotice> notices = c.notices();
        SupplementNotice current = c.status() == CaseStatus.AWAITING_SUPPLEMENT && !notices.isEmpty()
                ? notices.getLast() : null;
        String basis = c.snapshot().returnPolicyBasis();
        return new CaseView(c.id(), c.matter().code(), c.matter().name(), c.windowCode(), c.departmentCode(),
                c.category(), c.status(), c.receivedAt(), c.acceptedAt(), c.deemedAccepted(), c.completedAt(),
                c.result(), c.returnReason(), basis, applicant, c.contactRef(), c.outstanding(), current, notices,
                c.suspensions(), parts, c.report(), applicantClock,
                c.allowedActions().stream().map(CaseAction::path).toList(), c.history(), sent);
    }
}
