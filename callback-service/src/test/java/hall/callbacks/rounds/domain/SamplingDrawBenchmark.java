package hall.callbacks.rounds.domain;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The draw of a round for 200 windows from a month of 1,000,000 cases (5,000 per window, a tenth without
 * consent, 20 drawn each), ordered by case id as the frame query returns them. Not part of the normal run ({@code *Benchmark}); {@code ./platform bench} runs it and
 * it prints the time. Target: under 1 s.
 */
class SamplingDrawBenchmark {

    @Test
    void drawOf200WindowsFromAMonthOf1000000Cases() {
        int windows = 200;
        int perWindow = 5_000;
        SplittableRandom data = new SplittableRandom(7);
        List<SamplingRound.WindowFrame> frames = new ArrayList<>(windows);
        for (int w = 0; w < windows; w++) {
            List<Candidate> cases = new ArrayList<>(perWindow);
            for (int i = 0; i < perWindow; i++) {
                String id = new UUID(data.nextLong(), data.nextLong()).toString();
                cases.add(new Candidate(id, "case:" + id, null, data.nextInt(10) != 0));
            }
            cases.sort(java.util.Comparator.comparing(Candidate::caseId)); // as the frame query orders them
            frames.add(new SamplingRound.WindowFrame(String.format("W-%03d", w), cases, Set.of()));
        }
        SamplingPolicy policy = new SamplingPolicy(20, java.util.Map.of(), 30);
        SamplingDraw.RecentlyCalled nobody = new SamplingDraw.RecentlyCalled(Set.of(), Set.of());

        SamplingRound.draw("warm-up", IsoWeek.parse("2026-W48", "week"), 1L, null, policy, frames, nobody, "bench",
                java.time.Instant.now());
        long start = System.nanoTime();
        SamplingRound.Drawn drawn = SamplingRound.draw("bench", IsoWeek.parse("2026-W48", "week"), 2L, null, policy,
                frames, nobody, "bench", java.time.Instant.now());
        long millis = (System.nanoTime() - start) / 1_000_000;

        int total = drawn.round().windows().stream().mapToInt(d -> d.drawn().size()).sum();
        System.out.printf("BENCH sampling draw: %d windows, %d cases, %d drawn in %d ms%n", windows,
                windows * perWindow, total, millis);
        assertThat(total).isEqualTo(windows * 20);
    }
}
