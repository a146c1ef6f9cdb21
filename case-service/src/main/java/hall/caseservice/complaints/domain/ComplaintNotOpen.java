package hall.caseservice.complaints.domain;

/** A resolution was attempted on a complaint that is no longer open. */
public class ComplaintNotOpen extends RuntimeException {

    private final ComplaintStatus status;

    public ComplaintNotOpen(ComplaintStatus status) {
        super("complaint is " + status + "; only an OPEN complaint can be resolved");
        this.status = status;
    }

    public ComplaintStatus status() {
        return status;
    }
}
