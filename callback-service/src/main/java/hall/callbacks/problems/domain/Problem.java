package hall.callbacks.problems.domain;

import hall.callbacks.events.ProblemClosed;
import hall.callbacks.events.ProblemOpened;
import hall.callbacks.events.RectificationOverdue;
import hall.callbacks.events.RectificationReported;
import hall.callbacks.shared.BadField;
import hall.callbacks.shared.RuleBroken;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A problem found by a callback (an unsatisfied dimension) or recorded by an agent, against a window and its
 * department. It is rectified within a few working days (the due date comes from deadline-service's calendar and
 * is null while pending), called back, and closes only on a satisfied re-callback or a supervisor's written
 * closure; an unsatisfied re-callback opens the next round one escalation level higher.
 */
public record Problem(String id, String windowCode, String departmentCode, String source, String callbackId,
        String dimension, String description, ProblemStatus status, int round, EscalationLevel level,
        Instant openedAt, LocalDate dueDate, String measures, String rectifiedBy, Instant rectifiedAt,
        String reCallbackId, boolean overdueAnnounced, String closedHow, String closureReason, String closedBy,
        Instant closedAt) {

    public static final int MAX_TEXT = 2000;

    public record Opened(Problem problem, ProblemOpened event) {
    }

    public static Opened open(String id, String windowCode, String departmentCode, String source, String callbackId,
            String dimension, String description, Instant at) {
        if ((windowCode == null || windowCode.isBlank()) && (departmentCode == null || departmentCode.isBlank())) {
            throw new BadField("window", "name the window or the department the problem is about");
        }
        text("description", description, true);
        Problem p = new Problem(id, windowCode, departmentCode, source, callbackId, dimension, description,
                ProblemStatus.OPEN, 1, EscalationLevel.WINDOW, at, null, null, null, null, null, false, null, null,
                null, null);
        return new Opened(p, p.openedEvent());
    }

    /** The due date answered by the calendar; set once per round. */
    public Problem due(LocalDate date) {
        return new Problem(id, windowCode, departmentCode, source, callbackId, dimension, description, status, round,
                level, openedAt, date, measures, rectifiedBy, rectifiedAt, reCallbackId, overdueAnnounced, closedHow,
                closureReason, closedBy, closedAt);
    }

    public record Rectified(Problem problem, RectificationReported event) {
    }

    /** The measures taken, reported by the window or the department; {@code reCallback} is the task that checks. */
    public Rectified rectify(String reportedMeasures, String by, String reCallback, Instant at) {
        if (status == ProblemStatus.CLOSED) {
            throw new RuleBroken("status", "problem " + id + " is closed");
        }
        if (status == ProblemStatus.RECTIFIED) {
            throw new RuleBroken("status", "problem " + id + " has its rectification reported; its re-callback is due");
        }
        text("measures", reportedMeasures, true);
        Problem p = new Problem(id, windowCode, departmentCode, source, callbackId, dimension, description,
                ProblemStatus.RECTIFIED, round, level, openedAt, dueDate, reportedMeasures, by, at, reCallback,
                overdueAnnounced, null, null, null, null);
        return new Rectified(p, new RectificationReported(id, windowCode, departmentCode, round, reportedMeasures, by,
                reCallback, at));
    }

    /** What the re-callback of a rectification brought: the problem closed, or its next round opened. */
    public record Checked(Problem problem, Optional<ProblemClosed> closed, Optional<ProblemOpened> reopened) {
    }

    public Checked reCallbackAnswered(boolean satisfied, String by, Instant at) {
        if (status != ProblemStatus.RECTIFIED) {
            throw new RuleBroken("status", "problem " + id + " is " + status + ", not waiting for a re-callback");
        }
        if (satisfied) {
            Problem p = closed("SATISFIED_CALLBACK", null, by, at);
            return new Checked(p, Optional.of(p.closedEvent()), Optional.empty());
        }
        Problem next = new Problem(id, windowCode, departmentCode, source, callbackId, dimension, description,
                ProblemStatus.OPEN, round + 1, level.next(), at, null, null, null, null, null, false, null, null, null,
                null);
        return new Checked(next, Optional.empty(), Optional.of(next.openedEvent()));
    }

    /** The supervision office closes a problem that cannot be called back, with a written reason. */
    public Checked closeBySupervisor(String reason, String by, Instant at) {
        if (status == ProblemStatus.CLOSED) {
            throw new RuleBroken("status", "problem " + id + " is closed already");
        }
        text("reason", reason, true);
        Problem p = closed("SUPERVISOR_CLOSURE", reason, by, at);
        return new Checked(p, Optional.of(p.closedEvent()), Optional.empty());
    }

    /** Overdue on {@code today}: still open, its due date passed, not announced yet in this round. */
    public boolean overdueOn(LocalDate today) {
        return status == ProblemStatus.OPEN && dueDate != null && today.isAfter(dueDate);
    }

    public record Overdue(Problem problem, RectificationOverdue event) {
    }

    public Optional<Overdue> announceOverdue(LocalDate today, Instant at) {
        if (!overdueOn(today) || overdueAnnounced) {
            return Optional.empty();
        }
        Problem p = new Problem(id, windowCode, departmentCode, source, callbackId, dimension, description, status,
                round, level, openedAt, dueDate, measures, rectifiedBy, rectifiedAt, reCallbackId, true, closedHow,
                closureReason, closedBy, closedAt);
        return Optional.of(new Overdue(p, new RectificationOverdue(id, windowCode, departmentCode, round, level.name(),
                dueDate, at)));
    }

    private Problem closed(String how, String reason, String by, Instant at) {
        return new Problem(id, windowCode, departmentCode, source, callbackId, dimension, description,
                ProblemStatus.CLOSED, round, level, openedAt, dueDate, measures, rectifiedBy, rectifiedAt,
                reCallbackId, overdueAnnounced, how, reason, by, at);
    }

    /** The event announcing this problem's current round (with its due date, when known). */
    public ProblemOpened openedEvent() {
        return new ProblemOpened(id, windowCode, departmentCode, source, callbackId, dimension, description, round,
                level.name(), dueDate, openedAt);
    }

    private ProblemClosed closedEvent() {
        return new ProblemClosed(id, windowCode, departmentCode, round, closedHow, closureReason, closedBy, closedAt);
    }

    private static void text(String field, String value, boolean required) {
        if (required && (value == null || value.isBlank())) {
            throw new BadField(field, "is required");
        }
        if (value != null && value.length() > MAX_TEXT) {
            throw new BadField(field, "at most " + MAX_TEXT + " characters");
        }
    }
}
