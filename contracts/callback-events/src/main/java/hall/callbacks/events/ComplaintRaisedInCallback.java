package hall.callbacks.events;

import java.time.Instant;

/**
 * During a callback the person raised a complaint. case-service files it (once per {@code complaintRequestId},
 * which becomes the complaint's id) against {@code subjectType}/{@code subjectRef} (CASE and the callback's case
 * when not said otherwise), with the complainant's details taken from the case; the complaint names the callback.
 */
public record ComplaintRaisedInCallback(String complaintRequestId, String callbackId, String caseId,
        String windowCode, String departmentCode, String subjectType, String subjectRef, String description,
        String contactRef, String raisedBy, Instant raisedAt) implements CallbackEvent {

    public static final String TYPE = "hall.callback.complaint-raised-in-callback.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
