package hall.callbacks.rounds.domain;

import hall.callbacks.events.SamplingRoundDrawn;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The supervision office's weekly round: for every window of the frame month, a draw of
 * {@code min(sampleSize, eligible)} cases; its seed is recorded so the draw can be repeated and checked.
 */
public record SamplingRound(String id, IsoWeek week, YearMonth month, long seed, Integer requestedSize,
        List<SamplingDraw.WindowDraw> windows, String drawnBy, Instant drawnAt) {

    /** The frame of one window and the cases of it drawn in earlier rounds. */
    public record WindowFrame(String windowCode, List<Candidate> cases, Set<String> alreadyDrawn) {
    }

    public record Drawn(SamplingRound round, SamplingRoundDrawn event) {
    }

    public static Drawn draw(String id, IsoWeek week, long seed, Integer requestedSize, SamplingPolicy policy,
            List<WindowFrame> frames, SamplingDraw.RecentlyCalled recentlyCalled, String drawnBy, Instant at) {
        SamplingPolicy.checkRequestedSize(requestedSize);
        List<SamplingDraw.WindowDraw> draws = new ArrayList<>(frames.size());
        List<SamplingRoundDrawn.WindowDraw> published = new ArrayList<>(frames.size());
        for (WindowFrame f : frames) {
            SamplingDraw.WindowDraw d = SamplingDraw.draw(f.windowCode(), f.cases(), f.alreadyDrawn(), recentlyCalled,
                    policy.sampleSize(f.windowCode(), requestedSize), seed);
            draws.add(d);
            published.add(new SamplingRoundDrawn.WindowDraw(d.windowCode(), d.frameSize(), d.eligible(),
                    d.drawn().stream().map(Candidate::caseId).toList()));
        }
        SamplingRound round = new SamplingRound(id, week, week.frameMonth(), seed, requestedSize, List.copyOf(draws),
                drawnBy, at);
        return new Drawn(round, new SamplingRoundDrawn(id, week.toString(), round.month().toString(), seed,
                List.copyOf(published), drawnBy, at));
    }
}
