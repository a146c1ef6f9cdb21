package hall.callbacks.rounds.domain;

import hall.callbacks.shared.BadField;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SamplingDrawTest {

    private static final SamplingDraw.RecentlyCalled NOBODY = new SamplingDraw.RecentlyCalled(Set.of(), Set.of());

    private static List<Candidate> frame(int n) {
        List<Candidate> cases = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            cases.add(new Candidate(String.format("c%03d", i), "case:c" + i, null, true));
        }
        return cases;
    }

    private static List<String> ids(SamplingDraw.WindowDraw d) {
        return d.drawn().stream().map(Candidate::caseId).toList();
    }

    @Test
    void theSameSeedAndFrameGiveTheSameDrawWhateverTheFramesOrder() {
        List<Candidate> frame = frame(50);
        List<Candidate> reversed = new ArrayList<>(frame);
        java.util.Collections.reverse(reversed);

        SamplingDraw.WindowDraw a = SamplingDraw.draw("W01", frame, Set.of(), NOBODY, 20, 42L);
        SamplingDraw.WindowDraw b = SamplingDraw.draw("W01", reversed, Set.of(), NOBODY, 20, 42L);
        SamplingDraw.WindowDraw other = SamplingDraw.draw("W01", frame, Set.of(), NOBODY, 20, 43L);

        assertThat(ids(a)).hasSize(20).doesNotHaveDuplicates().isEqualTo(ids(b));
        assertThat(ids(other)).isNotEqualTo(ids(a));
    }

    @Test
    void aWindowDrawsTheWholeEligibleFrameWhenItIsSmallerThanTheSample() {
        SamplingDraw.WindowDraw d = SamplingDraw.draw("W01", frame(7), Set.of(), NOBODY, 20, 1L);

        assertThat(ids(d)).hasSize(7).doesNotHaveDuplicates();
        assertThat(d.eligible()).isEqualTo(7);
        assertThat(d.frameSize()).isEqualTo(7);
    }

    @Test
    void noConsentEarlierDrawsAndPeopleCalledRecentlyAreExcludedAndCountedByReason() {
        List<Candidate> frame = new ArrayList<>(frame(10));
        frame.add(new Candidate("x-no-consent", "case:x1", null, false));
        frame.add(new Candidate("x-drawn", "case:x2", null, true));
        frame.add(new Candidate("x-called-ref", "case:x3", null, true));
        frame.add(new Candidate("x-called-subject", "case:x4", "applicant-7", true));
        SamplingDraw.RecentlyCalled called = new SamplingDraw.RecentlyCalled(Set.of("case:x3"), Set.of("applicant-7"));

        SamplingDraw.WindowDraw d = SamplingDraw.draw("W01", frame, Set.of("x-drawn"), called, 100, 5L);

        assertThat(d.frameSize()).isEqualTo(14);
        assertThat(d.eligible()).isEqualTo(10);
        assertThat(d.excluded()).containsEntry(Exclusion.NO_CONSENT, 1).containsEntry(Exclusion.ALREADY_DRAWN, 1)
                .containsEntry(Exclusion.CALLED_RECENTLY, 2);
        assertThat(ids(d)).hasSize(10).allMatch(id -> id.startsWith("c"));
    }

    @Test
    void windowsDrawFromTheirOwnStreams() {
        SamplingDraw.WindowDraw w1 = SamplingDraw.draw("W01", frame(100), Set.of(), NOBODY, 10, 9L);
        SamplingDraw.WindowDraw w2 = SamplingDraw.draw("W02", frame(100), Set.of(), NOBODY, 10, 9L);

        assertThat(ids(w1)).isNotEqualTo(ids(w2));
    }

    /**
     * Over 20,000 seeds, each of 10 eligible cases drawn 3 at a time should be chosen 6,000 times; the chi-square
     * statistic over the 10 counts (9 degrees of freedom) stays under 27.88, its 0.1 % critical value.
     */
    @Test
    void everyEligibleCaseIsDrawnWithEqualProbability() {
        List<Candidate> frame = frame(10);
        Map<String, Integer> counts = new HashMap<>();
        int seeds = 20_000;
        for (long seed = 0; seed < seeds; seed++) {
            for (String id : ids(SamplingDraw.draw("W-FAIR", frame, Set.of(), NOBODY, 3, seed))) {
                counts.merge(id, 1, Integer::sum);
            }
        }
        double expected = seeds * 3 / 10.0;
        double chiSquare = 0;
        for (Candidate c : frame) {
            double observed = counts.getOrDefault(c.caseId(), 0);
            chiSquare += (observed - expected) * (observed - expected) / expected;
        }
        assertThat(counts).hasSize(10);
        assertThat(chiSquare).isLessThan(27.88);
    }

    @Test
    void aDrawNeverRepeatsACase() {
        for (long seed = 0; seed < 200; seed++) {
            List<String> drawn = ids(SamplingDraw.draw("W01", frame(30), Set.of(), NOBODY, 30, seed));
            assertThat(new HashSet<>(drawn)).hasSize(30);
        }
    }

    @Test
    void aRequestedSampleSizeOutside1To1000IsABadField() {
        assertThatThrownBy(() -> SamplingPolicy.checkRequestedSize(0)).isInstanceOf(BadField.class)
                .extracting("field").isEqualTo("sampleSize");
        assertThatThrownBy(() -> SamplingPolicy.checkRequestedSize(1001)).isInstanceOf(BadField.class);
        SamplingPolicy.checkRequestedSize(1000);
        SamplingPolicy.checkRequestedSize(null);
    }

    @Test
    void theSampleSizeIsTheRequestedOneElseTheWindowsElseTheDefault() {
        SamplingPolicy policy = new SamplingPolicy(20, Map.of("W02", 5), 30);

        assertThat(policy.sampleSize("W01", null)).isEqualTo(20);
        assertThat(policy.sampleSize("W02", null)).isEqualTo(5);
        assertThat(policy.sampleSize("W02", 8)).isEqualTo(8);
    }
}
