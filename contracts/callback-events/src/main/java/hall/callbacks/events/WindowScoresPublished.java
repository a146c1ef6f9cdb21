package hall.callbacks.events;

import java.time.Instant;
import java.util.List;

/**
 * The supervision office published the window scores of an ISO week; later events do not change this version. A
 * correction is a new {@code version} with its {@code reason}.
 */
public record WindowScoresPublished(String isoWeek, int version, String reason, List<WindowGrade> windows,
        String publishedBy, Instant publishedAt) implements CallbackEvent {

    public static final String TYPE = "hall.callback.window-scores-published.v1";

    /** A window's published score and grade (null when the week had nothing to score). */
    public record WindowGrade(String windowCode, Double score, String grade) {
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
