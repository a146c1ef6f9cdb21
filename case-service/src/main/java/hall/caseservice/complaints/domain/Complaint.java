package hall.caseservice.complaints.domain;

import hall.caseservice.cases.domain.CaseRuleViolation;
import hall.cases.events.ComplaintFiled;
import hall.cases.events.ComplaintResolved;

import java.time.Instant;

/**
 * A complaint (投诉) about a window, a department, a case or a property service. It is resolved with a written
 * outcome and always called back afterwards (ComplaintResolved carries the contact reference for that).
 */
public record Complaint(String id, ComplaintSubject subjectType, String subjectRef, String description,
        String complainantName, String complainantPhone, boolean callbackConsent, String filedBy, Instant filedAt,
        ComplaintStatus status, String outcome, String resolvedBy, Instant resolvedAt) {

    public record Filing(Complaint complaint, ComplaintFiled event) {
    }

    public record Resolution(Complaint complaint, ComplaintResolved event) {
    }

    public static Filing file(String id, ComplaintSubject subjectType, String subjectRef, String description,
            String complainantName, String complainantPhone, boolean callbackConsent, String filedBy, Instant now) {
        if (subjectType == null) {
            throw new CaseRuleViolation("subjectType", "one of WINDOW, DEPARTMENT, CASE, PROPERTY_SERVICE");
        }
        if (subjectRef == null || subjectRef.isBlank()) {
            throw new CaseRuleViolation("subjectRef", "name what the complaint is about");
        }
        if (description == null || description.isBlank()) {
            throw new CaseRuleViolation("description", "say what happened");
        }
        Complaint c = new Complaint(id, subjectType, subjectRef, description, complainantName, complainantPhone,
                callbackConsent, filedBy, now, ComplaintStatus.OPEN, null, null, null);
        return new Filing(c, new ComplaintFiled(id, subjectType.name(), subjectRef, description, c.contactRef(), now));
    }

    public Resolution resolve(String outcomeText, String by, Instant now) {
        if (status != ComplaintStatus.OPEN) {
            throw new ComplaintNotOpen(status);
        }
        if (outcomeText == null || outcomeText.isBlank()) {
            throw new CaseRuleViolation("outcome", "a resolution needs a written outcome");
        }
        Complaint c = new Complaint(id, subjectType, subjectRef, description, complainantName, complainantPhone,
                callbackConsent, filedBy, filedAt, ComplaintStatus.RESOLVED, outcomeText, by, now);
        return new Resolution(c, new ComplaintResolved(id, subjectType.name(), subjectRef, outcomeText,
                contactRef(), callbackConsent, now));
    }

    public String contactRef() {
        return "complaint:" + id;
    }
}
