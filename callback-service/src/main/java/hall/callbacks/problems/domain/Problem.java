package hall.callbacks.problems.domain;

import hall.callbacks.events.CallbackEvent;
import hall.callbacks.events.OwnerIssueClosed;
import hall.callbacks.events.OwnerIssueEscalated;
import hall.callbacks.events.ProblemClosed;
import hall.callbacks.events.ProblemOpened;
import hall.callbacks.events.RectificationOverdue;
import hall.callbacks.events.RectificationReported;
import hall.callbacks.shared.BadField;
import hall.callbacks.shared.RuleBroken;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;

/**
 * One loop for every problem callbacks and visits find. A hall problem (an unsatisfied dimension, or recorded by
 * an agent) is against a window and its department; an owner's issue ({@link #owner()} set) was raised on a visit
 * of a residential project and waits, ESCALATED, until the customer-service supervisor or the project manager
 * assigns it to a department of the property company. Then both are rectified within a few working days (the due
 * date comes from deadline-service's calendar and is null while pending), called back, and close only on a
 * satisfied re-callback or a written closure (the supervision office's; for an owner's issue the manager's
 * explanation, told to the owner and carried into next year's plan); an unsatisfied re-callback opens the next
 * round one escalation level higher.
 */
public record Problem(String id, String windowCode, String departmentCode, String source, String callbackId,
        String dimension, String description, ProblemStatus status, int round, EscalationLevel level,
        Instant openedAt, LocalDate dueDate, String measures, String rectifiedBy, Instant rectifiedAt,
        String reCallbackId, boolean overdueAnnounced, String closedHow, String closureReason, String closedBy,
        Instant closedAt, OwnerSubject owner) {

    public static final int MAX_TEXT = 2000;
    public static final String VISIT = "VISIT";

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
                null, null, null);
        return new Opened(p, p.openedEvent());
    }

    /**
     * An issue an owner raised on a visit. Answered on the spot ({@code answer} given) it is closed at once and only
     * counted; otherwise it is escalated to the customer-service supervisor and waits for its department.
     */
    public static Problem raisedOnVisit(String id, OwnerSubject owner, String description, String answer,
            String by, Instant at) {
        text("description", description, true);
        text("answer", answer, false);
        if (owner.category() == null || owner.category().isBlank() || owner.category().length() > 30) {
            throw new BadField("category", "name what the issue is about (at most 30 characters)");
        }
        boolean answered = answer != null && !answer.isBlank();
        return new Problem(id, null, null, VISIT, null, null, description,
                answered ? ProblemStatus.CLOSED : ProblemStatus.ESCALATED, 1,
                EscalationLevel.CUSTOMER_SERVICE_SUPERVISOR, at, null, null, null, null, null, false,
                answered ? "ANSWERED_ON_SPOT" : null, answered ? answer : null, answered ? by : null,
                answered ? at : null, owner);
    }

    public boolean isOwnerIssue() {
        return owner != null;
    }

    /** The due date answered by the calendar; set once per round. */
    public Problem due(LocalDate date) {
        return new Problem(id, windowCode, departmentCode, source, callbackId, dimension, description, status, round,
                level, openedAt, date, measures, rectifiedBy, rectifiedAt, reCallbackId, overdueAnnounced, closedHow,
                closureReason, closedBy, closedAt, owner);
    }

    /**
     * The supervisor or the project manager hands an escalated owner's issue to one of the project's departments;
     * its measures are due on the calendar ({@link #due}).
     */
    public Problem assign(String department, Collection<String> departments) {
        if (!isOwnerIssue()) {
            throw new RuleBroken("department", "a hall problem belongs to its window's department");
        }
        if (status != ProblemStatus.ESCALATED) {
            throw new RuleBroken("status", "issue " + id + " is " + status + ", not waiting for a department");
        }
        if (department == null || !departments.contains(department)) {
            throw new BadField("department", "one of " + departments);
        }
        return new Problem(id, windowCode, department, source, callbackId, dimension, description, ProblemStatus.OPEN,
                round, level, openedAt, null, measures, rectifiedBy, rectifiedAt, reCallbackId, false, closedHow,
                closureReason, closedBy, closedAt, owner);
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
        if (status == ProblemStatus.ESCALATED) {
            throw new RuleBroken("status", "issue " + id + " has no department yet");
        }
        text("measures", reportedMeasures, true);
        Problem p = new Problem(id, windowCode, departmentCode, source, callbackId, dimension, description,
                ProblemStatus.RECTIFIED, round, level, openedAt, dueDate, reportedMeasures, by, at, reCallback,
                overdueAnnounced, null, null, null, null, owner);
        return new Rectified(p, new RectificationReported(id, windowCode, departmentCode, round, reportedMeasures, by,
                reCallback, at));
    }

    /** What the re-callback of a rectification brought: the problem closed, or its next round opened. */
    public record Checked(Problem problem, Optional<CallbackEvent> closed, Optional<CallbackEvent> reopened) {
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
                null, owner);
        return new Checked(next, Optional.empty(), Optional.of(next.announcement()));
    }

    /**
     * A written closure without a satisfied callback: the supervision office's for a problem that cannot be called
     * back; for an owner's issue the manager's explanation that it cannot be solved now.
     */
    public Checked closeBySupervisor(String reason, String by, Instant at) {
        if (status == ProblemStatus.CLOSED) {
            throw new RuleBroken("status", "problem " + id + " is closed already");
        }
        text("reason", reason, true);
        Problem p = closed(isOwnerIssue() ? "MANAGER_EXPLANATION" : "SUPERVISOR_CLOSURE", reason, by, at);
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
                closureReason, closedBy, closedAt, owner);
        return Optional.of(new Overdue(p, new RectificationOverdue(id, windowCode, departmentCode, round, level.name(),
                dueDate, at)));
    }

    private Problem closed(String how, String reason, String by, Instant at) {
        return new Problem(id, windowCode, departmentCode, source, callbackId, dimension, description,
                ProblemStatus.CLOSED, round, level, openedAt, dueDate, measures, rectifiedBy, rectifiedAt,
                reCallbackId, overdueAnnounced, how, reason, by, at, owner);
    }

    /**
     * The event announcing this problem's current round (with its due date, when known): a hall problem's
     * {@link ProblemOpened}, an owner's issue's {@link OwnerIssueEscalated}.
     */
    public CallbackEvent announcement() {
        if (isOwnerIssue()) {
            return new OwnerIssueEscalated(id, owner.projectCode(), owner.visitId(), owner.contactRef(),
                    owner.category(), description, round, level.name(), departmentCode, dueDate, openedAt);
        }
        return openedEvent();
    }

    /** The event announcing a hall problem's current round (with its due date, when known). */
    public ProblemOpened openedEvent() {
        return new ProblemOpened(id, windowCode, departmentCode, source, callbackId, dimension, description, round,
                level.name(), dueDate, openedAt);
    }

    private CallbackEvent closedEvent() {
        if (isOwnerIssue()) {
            return new OwnerIssueClosed(id, owner.projectCode(), owner.category(), departmentCode, round, closedHow,
                    closureReason, closedBy, closedAt);
        }
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
