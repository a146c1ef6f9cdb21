package hall.cases.events;

import java.time.Instant;

/** A complaint was resolved with a written outcome; it is always called back afterwards. */
public record ComplaintResolved(String complaintId, String subjectType, String subjectRef, String outcome,
        String contactRef, boolean callbackConsent, Instant resolvedAt) implements ComplaintEvent {

    public static final String TYPE = "hall.complaint.resolved.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
