package hall.callbacks.events;

import java.time.Instant;
import java.util.List;

/** The project manager approved a month's owner visit plan; its visits ({@code visitIds}) are released. */
public record VisitPlanApproved(String planId, String projectCode, String month, List<String> visitIds,
        String approvedBy, Instant approvedAt) implements CallbackEvent {

    public static final String TYPE = "hall.callback.visit-plan-approved.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
