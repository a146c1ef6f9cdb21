package hall.callbacks.events;

import java.time.Instant;
import java.util.List;

/**
 * The supervision office drew the weekly sampling round of an ISO week ({@code 2026-W48}) from the windows' frames
 * of {@code month} ({@code 2026-11}); {@code seed} reproduces the draw. Each window lists the cases drawn for a
 * callback.
 */
public record SamplingRoundDrawn(String roundId, String isoWeek, String month, long seed, List<WindowDraw> windows,
        String drawnBy, Instant drawnAt) implements CallbackEvent {

    public static final String TYPE = "hall.callback.sampling-round-drawn.v1";

    /** One window's draw: how many cases its frame held, how many were eligible, which were drawn. */
    public record WindowDraw(String windowCode, int frameSize, int eligible, List<String> caseIds) {
    }

    @Override
    public String eventType() {
        return TYPE;
    }
}
