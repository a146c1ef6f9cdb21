package hall.caseservice.complaints.domain;

public enum ComplaintStatus {
    OPEN, RESOLVED
}
