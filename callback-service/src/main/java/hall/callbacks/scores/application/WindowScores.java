package hall.callbacks.scores.application;

import hall.callbacks.events.CallbackTopics;
import hall.callbacks.events.WindowScoresPublished;
import hall.callbacks.frame.application.SamplingFrame;
import hall.callbacks.rounds.domain.IsoWeek;
import hall.callbacks.scores.domain.ScoringRules;
import hall.callbacks.scores.domain.WindowScore;
import hall.callbacks.scores.domain.WindowWeek;
import hall.callbacks.scores.persistence.ScoreRepository;
import hall.callbacks.shared.AccessRefused;
import hall.callbacks.shared.AlreadyExists;
import hall.callbacks.shared.BadField;
import hall.eventing.outbox.EventOutbox;
import hall.security.Caller;
import hall.security.Role;
import hall.surveys.events.EvaluatorRatingRecorded;
import hall.surveys.events.ResponseRecorded;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import java.util.TreeSet;

/**
 * Weekly window scores: computed live from the week's callback answers, e-evaluator ratings and on-site forms
 * until the supervision office publishes the week; a published board is frozen (later events do not change it),
 * and a correction is a new version with a reason.
 */
@Service
public class WindowScores {

    public static final String RATING = "RATING";
    public static final String FORM = "FORM";

    private final ScoreRepository scores;
    private final SamplingFrame frame;
    private final EventOutbox outbox;
    private final ScoringRules rules;
    private final ZoneId zone;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().findAndAddModules().build();

    public WindowScores(ScoreRepository scores, SamplingFrame frame, EventOutbox outbox, ScoringProperties p,
            @Value("${platform.hall.zone-id}") ZoneId zone, Clock clock) {
        this.scores = scores;
        this.frame = frame;
        this.outbox = outbox;
        this.rules = new ScoringRules(p.satisfied(), p.basicallySatisfied(), p.unsatisfied(), p.gradeA(), p.gradeB(),
                p.gradeC());
        this.zone = zone;
        this.clock = clock;
    }

    /** A week's board: the latest published version, or the live figures when the week is not published. */
    public record Board(String week, boolean published, Integer version, String reason, String publishedBy,
            Instant publishedAt, List<WindowScore> windows) {
    }

    @Transactional
    public void rating(EvaluatorRatingRecorded r) {
        if (r.windowCode() != null) {
            scores.external("rating:" + r.ratingId(), RATING, r.windowCode(),
                    IsoWeek.of(r.ratedAt().atZone(zone).toLocalDate()).toString(), r.score(), r.ratedAt());
        }
    }

    @Transactional
    public void response(ResponseRecorded r) {
        if ("HALL_ONSITE".equals(r.campaignKind()) && r.windowCode() != null && r.isoWeek() != null
                && r.score() != null) {
            scores.external("form:" + r.responseId(), FORM, r.windowCode(), r.isoWeek(), r.score(), r.recordedAt());
        }
    }

    @Transactional(readOnly = true)
    public Board board(String weekText, Caller caller) {
        IsoWeek week = IsoWeek.parse(weekText, "week");
        Board board = scores.latest(week.toString()).map(this::read).orElseGet(() -> live(week));
        if (caller.hasAnyRole(Role.SUPERVISOR, Role.ADMIN, Role.CALLBACK_AGENT)) {
            return board;
        }
        Set<String> visible = visibleWindows(caller);
        return new Board(board.week(), board.published(), board.version(), board.reason(), board.publishedBy(),
                board.publishedAt(), board.windows().stream().filter(w -> visible.contains(w.windowCode())).toList());
    }

    /**
     * The windows a caller outside the supervision office sees: a clerk its own, a department's officer those of
     * its department (the windows whose cases the sampling frame holds under that department).
     */
    private Set<String> visibleWindows(Caller caller) {
        boolean clerk = caller.hasRole(Role.CLERK) && caller.windowCode() != null;
        boolean officer = caller.hasRole(Role.DEPARTMENT_OFFICER) && caller.departmentCode() != null;
        Set<String> visible = new HashSet<>();
        if (clerk) {
            visible.add(caller.windowCode());
        }
        if (officer) {
            visible.addAll(frame.windowsOf(caller.departmentCode()));
        }
        if (!clerk && !officer) {
            throw new AccessRefused("window scores are for the supervision office, each window's clerk and its "
                    + "department's officers");
        }
        return visible;
    }

    @Transactional(readOnly = true)
    public WindowScore window(String weekText, String windowCode, Caller caller) {
        if (!caller.hasAnyRole(Role.SUPERVISOR, Role.ADMIN, Role.CALLBACK_AGENT)
                && !visibleWindows(caller).contains(windowCode)) {
            throw new AccessRefused("a clerk sees only its own window's score, an officer its department's windows'");
        }
        return board(weekText, caller).windows().stream().filter(w -> w.windowCode().equals(windowCode)).findFirst()
                .orElseGet(() -> WindowScore.of(new WindowWeek(windowCode, List.of(), 0, List.of(), List.of(), 0, 0,
                        0), rules));
    }

    /** Freezes the week's board; publishing again needs a reason and makes a new version. */
    @Transactional
    public Board publish(String weekText, String reason, Caller caller) {
        IsoWeek week = IsoWeek.parse(weekText, "week");
        if (reason != null && reason.length() > 2000) {
            throw new BadField("reason", "at most 2000 characters");
        }
        var latest = scores.latest(week.toString());
        if (latest.isPresent() && (reason == null || reason.isBlank())) {
            throw new AlreadyExists("reason", "the board of " + week + " is published; a correction needs a reason");
        }
        Board live = live(week);
        int version = latest.map(b -> b.version() + 1).orElse(1);
        Instant now = clock.instant();
        Board published = new Board(week.toString(), true, version, reason, caller.subject(), now, live.windows());
        try {
            scores.insert(new ScoreRepository.Board(week.toString(), version, reason, caller.subject(), now,
                    json.writeValueAsString(live.windows())));
        } catch (DuplicateKeyException raced) {
            throw new AlreadyExists("week", "the board of " + week + " was published at the same time");
        }
        outbox.append(CallbackTopics.CALLBACK_EVENTS, week.toString(), new WindowScoresPublished(week.toString(),
                version, reason, live.windows().stream().map(w -> new WindowScoresPublished.WindowGrade(w.windowCode(),
                        w.score(), w.grade())).toList(), caller.subject(), now));
        return published;
    }

    private Board live(IsoWeek week) {
        Instant from = week.monday().atStartOfDay(zone).toInstant();
        Instant before = week.monday().plusDays(7).atStartOfDay(zone).toInstant();
        var answers = scores.answers(from, before);
        var unreachable = scores.unreachable(from, before);
        var ratings = scores.externalScores(week.toString(), RATING);
        var forms = scores.externalScores(week.toString(), FORM);
        var problems = scores.problems(from, before, clock.instant().atZone(zone).toLocalDate());
        TreeSet<String> windows = new TreeSet<>();
        windows.addAll(answers.keySet());
        windows.addAll(unreachable.keySet());
        windows.addAll(ratings.keySet());
        windows.addAll(forms.keySet());
        windows.addAll(problems.keySet());
        List<WindowScore> rows = new ArrayList<>();
        for (String w : windows) {
            int[] p = problems.getOrDefault(w, new int[3]);
            rows.add(WindowScore.of(new WindowWeek(w, answers.getOrDefault(w, List.of()), unreachable.getOrDefault(w, 0),
                    ratings.getOrDefault(w, List.of()), forms.getOrDefault(w, List.of()), p[0], p[1], p[2]), rules));
        }
        return new Board(week.toString(), false, null, null, null, null, rows);
    }

    private Board read(ScoreRepository.Board b) {
        List<WindowScore> windows = List.of(json.readValue(b.body(), WindowScore[].class));
        return new Board(b.isoWeek(), true, b.version(), b.reason(), b.publishedBy(), b.publishedAt(), windows);
    }

}
