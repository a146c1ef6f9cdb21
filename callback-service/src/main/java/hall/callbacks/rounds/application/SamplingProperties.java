package hall.callbacks.rounds.application;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Map;

/**
 * {@code callbacks.sampling.*}: the default sample size per window and week (20), sizes of single windows
 * ({@code sample-size-per-window.W-MKT-01=10}), and how many days a person called once is left alone (30).
 */
@ConfigurationProperties("callbacks.sampling")
public record SamplingProperties(Integer sampleSize, Map<String, Integer> sampleSizePerWindow,
        Integer recentCallDays) {

    public SamplingProperties {
        sampleSize = sampleSize == null ? 20 : sampleSize;
        sampleSizePerWindow = sampleSizePerWindow == null ? Map.of() : sampleSizePerWindow;
        recentCallDays = recentCallDays == null ? 30 : recentCallDays;
    }
}
