package hall.callbacks.rounds.domain;

import hall.callbacks.shared.BadField;

import java.util.Map;

/**
 * How many cases a window's round draws (default 20, per window where configured, or the size a round asks for)
 * and how long a person called once is left alone (default 30 days).
 */
public record SamplingPolicy(int defaultSampleSize, Map<String, Integer> sampleSizePerWindow, int recentCallDays) {

    public static final int MAX_SAMPLE_SIZE = 1000;

    public SamplingPolicy {
        sampleSizePerWindow = Map.copyOf(sampleSizePerWindow);
    }

    /** The size of a window's draw: the round's requested size when given, else the window's or the default. */
    public int sampleSize(String windowCode, Integer requested) {
        if (requested != null) {
            return requested;
        }
        return sampleSizePerWindow.getOrDefault(windowCode, defaultSampleSize);
    }

    /** A round's requested size must lie in 1..1000 when given. */
    public static void checkRequestedSize(Integer requested) {
        if (requested != null && (requested < 1 || requested > MAX_SAMPLE_SIZE)) {
            throw new BadField("sampleSize", "must lie between 1 and " + MAX_SAMPLE_SIZE);
        }
    }
}
