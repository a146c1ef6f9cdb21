package hall.caseservice.cases.domain;

/**
 * The applicant's personal data, kept only in this service. subject is the applicant's own account (token
 * subject) when there is one; an applicant sees the cases whose subject equals theirs.
 */
public record Applicant(String name, String phone, String idNumber, boolean callbackConsent, String subject) {
}
