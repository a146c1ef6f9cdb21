package hall.callbacks.rounds.application;

import hall.callbacks.events.CallbackTopics;
import hall.callbacks.frame.application.SamplingFrame;
import hall.callbacks.frame.domain.FrameMonth;
import hall.callbacks.frame.domain.HallCase;
import hall.callbacks.rounds.domain.Candidate;
import hall.callbacks.rounds.domain.Exclusion;
import hall.callbacks.rounds.domain.IsoWeek;
import hall.callbacks.rounds.domain.SamplingDraw;
import hall.callbacks.rounds.domain.SamplingPolicy;
import hall.callbacks.rounds.domain.SamplingRound;
import hall.callbacks.rounds.persistence.SamplingRoundRepository;
import hall.callbacks.shared.AlreadyExists;
import hall.callbacks.shared.NotFound;
import hall.callbacks.tasks.application.RoundTasks;
import hall.callbacks.tasks.domain.CalledPeople;
import hall.callbacks.tasks.domain.CallbackTask;
import hall.eventing.outbox.EventOutbox;
import hall.security.Caller;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Draws the weekly sampling round (one per ISO week) and shows it with its frame figures and tasks. */
@Service
public class SamplingRounds {

    private final SamplingFrame frame;
    private final SamplingRoundRepository rounds;
    private final RoundTasks tasks;
    private final EventOutbox outbox;
    private final SamplingPolicy policy;
    private final ZoneId zone;
    private final Clock clock;
    private final SecureRandom seeds = new SecureRandom();

    public SamplingRounds(SamplingFrame frame, SamplingRoundRepository rounds, RoundTasks tasks,
            EventOutbox outbox, SamplingProperties properties, @Value("${platform.hall.zone-id}") ZoneId zone,
            Clock clock) {
        this.frame = frame;
        this.rounds = rounds;
        this.tasks = tasks;
        this.outbox = outbox;
        this.policy = new SamplingPolicy(properties.sampleSize(), properties.sampleSizePerWindow(),
                properties.recentCallDays());
        this.zone = zone;
        this.clock = clock;
    }

    public record WindowView(String windowCode, int frameSize, int eligible, int sampleSize,
            Map<Exclusion, Integer> excluded, List<TaskSummary> tasks) {
    }

    public record TaskSummary(String id, String caseId, String status, String agent) {
    }

    public record RoundView(String id, String week, String month, long seed, Integer requestedSize, String drawnBy,
            Instant drawnAt, List<WindowView> windows) {
    }

    @Transactional
    public RoundView draw(String weekText, Integer sampleSize, Long seed, Caller caller) {
        IsoWeek week = IsoWeek.parse(weekText, "week");
        SamplingPolicy.checkRequestedSize(sampleSize);
        if (rounds.weekTaken(week.toString())) {
            throw new AlreadyExists("week", "the round of " + week + " was drawn already");
        }
        FrameMonth month = new FrameMonth(week.frameMonth(), zone);
        Instant now = clock.instant();
        CalledPeople called = tasks.calledSince(now.minus(Duration.ofDays(policy.recentCallDays())));
        List<SamplingRound.WindowFrame> frames = new ArrayList<>();
        for (String window : frame.windows(month)) {
            List<Candidate> candidates = frame.frame(window, month).stream()
                    .map(c -> new Candidate(c.caseId(), c.contactRef(), c.applicantSubject(), c.consented())).toList();
            frames.add(new SamplingRound.WindowFrame(window, candidates, tasks.drawnCases(window)));
        }
        long usedSeed = seed != null ? seed : seeds.nextLong();
        SamplingRound.Drawn drawn = SamplingRound.draw(UUID.randomUUID().toString(), week, usedSeed, sampleSize,
                policy, frames, new SamplingDraw.RecentlyCalled(called.contactRefs(), called.applicantSubjects()),
                caller.subject(), now);
        SamplingRound round = drawn.round();
        try {
            rounds.insert(round, w -> policy.sampleSize(w, sampleSize));
        } catch (DuplicateKeyException raced) {
            throw new AlreadyExists("week", "the round of " + week + " was drawn already");
        }
        for (SamplingDraw.WindowDraw w : round.windows()) {
            for (Candidate c : w.drawn()) {
                HallCase hallCase = frame.find(c.caseId()).orElseThrow();
                tasks.open(round.id(), c.caseId(), c.contactRef(), c.applicantSubject(), w.windowCode(),
                        hallCase.departmentCode(), week.sunday(), now);
            }
        }
        outbox.append(CallbackTopics.CALLBACK_EVENTS, round.id(), drawn.event());
        return view(round.id());
    }

    @Transactional(readOnly = true)
    public RoundView get(String id) {
        return view(id);
    }

    /** The supervision office's report of a round: per window what was asked, reached, found and rectified. */
    public record RoundReport(String id, String week, String month, List<SamplingRoundRepository.ReportRow> windows) {
    }

    @Transactional(readOnly = true)
    public RoundReport report(String id) {
        SamplingRoundRepository.RoundRow r = rounds.find(id).orElseThrow(() -> new NotFound("no sampling round " + id));
        return new RoundReport(r.id(), r.isoWeek(), r.month(), rounds.report(id));
    }

    private RoundView view(String id) {
        SamplingRoundRepository.RoundRow r = rounds.find(id).orElseThrow(() -> new NotFound("no sampling round " + id));
        List<CallbackTask> roundTasks = tasks.ofRound(id);
        List<WindowView> windows = new ArrayList<>();
        for (SamplingRoundRepository.WindowRow w : rounds.windows(id)) {
            windows.add(new WindowView(w.windowCode(), w.frameSize(), w.eligible(), w.sampleSize(),
                    Map.of(Exclusion.NO_CONSENT, w.noConsent(), Exclusion.ALREADY_DRAWN, w.alreadyDrawn(),
                            Exclusion.CALLED_RECENTLY, w.calledRecently()),
                    roundTasks.stream().filter(t -> w.windowCode().equals(t.windowCode()))
                            .map(t -> new TaskSummary(t.id(), t.caseId(), t.status().name(), t.agent())).toList()));
        }
        return new RoundView(r.id(), r.isoWeek(), r.month(), r.seed(), r.requestedSize(), r.drawnBy(), r.drawnAt(),
                windows);
    }
}
