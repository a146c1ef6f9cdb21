package hall.caseservice.complaints.domain;

/** What a complaint is about. */
public enum ComplaintSubject {
    WINDOW, DEPARTMENT, CASE, PROPERTY_SERVICE
}
