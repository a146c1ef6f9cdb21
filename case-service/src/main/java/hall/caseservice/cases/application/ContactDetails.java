package hall.caseservice.cases.application;

/** Full contact details of an applicant or complainant; every read is audited. */
public record ContactDetails(String contactRef, String name, String phone, String idNumber, boolean callbackConsent) {
}
