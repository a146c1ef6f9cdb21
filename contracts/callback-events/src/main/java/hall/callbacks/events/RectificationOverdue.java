package hall.callbacks.events;

import java.time.Instant;
import java.time.LocalDate;

/** No rectification was reported by the problem's due date; announced once per round of the problem. */
public record RectificationOverdue(String problemId, String windowCode, String departmentCode, int round,
        String escalationLevel, LocalDate dueDate, Instant detectedAt) implements CallbackEvent {

    public static final String TYPE = "hall.callback.rectification-overdue.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
