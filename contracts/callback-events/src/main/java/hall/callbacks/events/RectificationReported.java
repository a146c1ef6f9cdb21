package hall.callbacks.events;

import java.time.Instant;

/** The window's clerk or the department's officer reported the measures taken; a re-callback follows. */
public record RectificationReported(String problemId, String windowCode, String departmentCode, int round,
        String measures, String reportedBy, String reCallbackId, Instant reportedAt) implements CallbackEvent {

    public static final String TYPE = "hall.callback.rectification-reported.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
