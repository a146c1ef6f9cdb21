package hall.callbacks.events;

import java.time.Instant;

/**
 * An owner visit was made: {@code kind} PERIODIC, SPECIAL, COMPLAINT, PAID_SERVICE or REPAIR_ORDER; {@code method}
 * PHONE, FACE_TO_FACE or PATROL; how many issues the owner raised and how many were escalated (not answered on the
 * spot). The owner is named only by {@code contactRef}.
 */
public record VisitCompleted(String visitId, String projectCode, String contactRef, String kind, String method,
        int issuesRaised, int issuesEscalated, String visitedBy, Instant visitedAt) implements CallbackEvent {

    public static final String TYPE = "hall.callback.visit-completed.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
