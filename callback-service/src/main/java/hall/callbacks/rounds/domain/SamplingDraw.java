package hall.callbacks.rounds.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The draw of one window: the eligible cases of its frame (after the exclusions), ordered by case id, and then
 * {@code min(sampleSize, eligible)} of them chosen without replacement by a partial Fisher-Yates shuffle driven
 * by a {@link SplittableRandom} seeded from the round's seed and the window code. The same seed and frame give
 * the same draw; every eligible case has the same chance {@code sampleSize / eligible}.
 */
public final class SamplingDraw {

    private SamplingDraw() {
    }

    /** What a window's draw found and chose. */
    public record WindowDraw(String windowCode, int frameSize, Map<Exclusion, Integer> excluded, int eligible,
            List<Candidate> drawn) {
    }

    /** People called recently, by contact reference and by applicant account. */
    public record RecentlyCalled(Set<String> contactRefs, Set<String> applicantSubjects) {

        boolean includes(Candidate c) {
            return contactRefs.contains(c.contactRef())
                    || (c.applicantSubject() != null && applicantSubjects.contains(c.applicantSubject()));
        }
    }

    public static WindowDraw draw(String windowCode, List<Candidate> frame, Set<String> alreadyDrawn,
            RecentlyCalled recentlyCalled, int sampleSize, long roundSeed) {
        if (sampleSize < 1) {
            throw new IllegalArgumentException("sampleSize must be positive");
        }
        Map<Exclusion, Integer> excluded = new EnumMap<>(Exclusion.class);
        for (Exclusion e : Exclusion.values()) {
            excluded.put(e, 0);
        }
        List<Candidate> eligible = new ArrayList<>(frame.size());
        for (Candidate c : frame) {
            Exclusion reason = exclusionOf(c, alreadyDrawn, recentlyCalled);
            if (reason == null) {
                eligible.add(c);
            } else {
                excluded.merge(reason, 1, Integer::sum);
            }
        }
        if (!sortedByCaseId(eligible)) {
            eligible.sort(Comparator.comparing(Candidate::caseId));
        }
        int n = Math.min(sampleSize, eligible.size());
        SplittableRandom random = new SplittableRandom(windowSeed(roundSeed, windowCode));
        Candidate[] pool = eligible.toArray(new Candidate[0]);
        List<Candidate> drawn = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int j = i + random.nextInt(pool.length - i);
            Candidate chosen = pool[j];
            pool[j] = pool[i];
            pool[i] = chosen;
            drawn.add(chosen);
        }
        return new WindowDraw(windowCode, frame.size(), excluded, eligible.size(), List.copyOf(drawn));
    }

    /** Frames come from the database ordered by case id; they are sorted here only when they are not. */
    private static boolean sortedByCaseId(List<Candidate> cases) {
        for (int i = 1; i < cases.size(); i++) {
            if (cases.get(i - 1).caseId().compareTo(cases.get(i).caseId()) > 0) {
                return false;
            }
        }
        return true;
    }

    private static Exclusion exclusionOf(Candidate c, Set<String> alreadyDrawn, RecentlyCalled recentlyCalled) {
        if (!c.consented()) {
            return Exclusion.NO_CONSENT;
        }
        if (alreadyDrawn.contains(c.caseId())) {
            return Exclusion.ALREADY_DRAWN;
        }
        if (recentlyCalled.includes(c)) {
            return Exclusion.CALLED_RECENTLY;
        }
        return null;
    }

    /** Each window draws from its own stream, so adding a window does not change the others' draws. */
    static long windowSeed(long roundSeed, String windowCode) {
        long h = 1125899906842597L;
        for (int i = 0; i < windowCode.length(); i++) {
            h = 31 * h + windowCode.charAt(i);
        }
        return roundSeed ^ (h * 0x9E3779B97F4A7C15L);
    }
}
