package hall.cases.events;

/** Topic names of case-service; the key of every record is the aggregate id (case id or complaint id). */
public final class CaseTopics {

    public static final String CASE_EVENTS = "hall.case-events";
    public static final String COMPLAINT_EVENTS = "hall.complaint-events";
    /** Messages to applicants and owners, consumed by an SMS or app notifier outside the platform. */
    public static final String NOTIFICATION_REQUESTS = "hall.notification-requests";

    private CaseTopics() {
    }
}
