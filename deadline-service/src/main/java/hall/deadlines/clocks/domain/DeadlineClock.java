package hall.deadlines.clocks.domain;

import hall.deadlines.events.DeadlineEvent;
import hall.workingdays.WorkingDate;
import hall.workingdays.WorkingDayCalendar;
import hall.deadlines.events.ClockKind;
import hall.deadlines.events.DeadlineBreached;
import hall.deadlines.events.DeadlineChanged;
import hall.deadlines.events.DeadlineStarted;
import hall.deadlines.events.DeadlineStopped;
import hall.deadlines.events.DeadlineSuspended;
import hall.deadlines.events.DeadlineWarning;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The deadline clock of a case (限时办结): the applicant-facing clock, or the internal clock of one joint-case
 * department. The day of acceptance is not counted; the deadline is the end of the n-th working day after it
 * (n = limit + approved extensions + suspended working days); an immediate case (limit 0) is due at the end of
 * its acceptance day. Every derived value (due date, provisional flag, warning instant) is recomputed from
 * these facts, so a corrected calendar gives corrected deadlines.
 */
public final class DeadlineClock {

    public static final String CAUSE_RESUMED = "RESUMED";
    public static final String CAUSE_EXTENSION = "EXTENSION";
    public static final String CAUSE_CALENDAR = "CALENDAR";

    private final String id;
    private final ClockTerms terms;
    private final LocalDate acceptedOn;
    private int extensionDays;
    private ClockState state;
    private final List<Suspension> suspensions;
    private LocalDate dueOn;
    private Instant dueAt;
    private boolean provisional;
    private Instant warnAt;
    private WarningLevel level;
    private Instant nextCheckAt;
    private int suspendedWorkingDays;
    private Outcome outcome;
    private Integer usedWorkingDays;
    private Instant stoppedAt;

    private DeadlineClock(String id, ClockTerms terms, LocalDate acceptedOn, int extensionDays, ClockState state,
            List<Suspension> suspensions, WarningLevel level, Outcome outcome, Integer usedWorkingDays,
            Instant stoppedAt) {
        this.id = id;
        this.terms = terms;
        this.acceptedOn = acceptedOn;
        this.extensionDays = extensionDays;
        this.state = state;
        this.suspensions = new ArrayList<>(suspensions);
        this.level = level;
        this.outcome = outcome;
        this.usedWorkingDays = usedWorkingDays;
        this.stoppedAt = stoppedAt;
    }

    /** Starts a clock at acceptance. */
    public static Started start(ClockTerms terms, DeadlineRules rules) {
        DeadlineClock clock = new DeadlineClock(UUID.randomUUID().toString(), terms,
                rules.hallDate(terms.acceptedAt()), 0, ClockState.RUNNING, List.of(), WarningLevel.NONE, null,
                null, null);
        clock.recompute(rules);
        return new Started(clock, new DeadlineStarted(terms.caseId(), clock.id, terms.kind(),
                terms.departmentCode(), terms.windowCode(), terms.limitDays(), clock.dueAt, clock.provisional));
    }

    /** The stored values derived from a clock's facts by the calendar that was current when they were computed. */
    public record Derived(LocalDate dueOn, Instant dueAt, boolean provisional, Instant warnAt, Instant nextCheckAt,
            int suspendedWorkingDays) {
    }

    /** Rebuilds a stored clock as it was stored; {@link #recalculate} brings it up to a changed calendar. */
    public static DeadlineClock restore(String id, ClockTerms terms, int extensionDays, ClockState state,
            List<Suspension> suspensions, WarningLevel level, Outcome outcome, Integer usedWorkingDays,
            Instant stoppedAt, Derived derived, DeadlineRules rules) {
        DeadlineClock clock = new DeadlineClock(id, terms, rules.hallDate(terms.acceptedAt()), extensionDays, state,
                suspensions, level, outcome, usedWorkingDays, stoppedAt);
        clock.dueOn = derived.dueOn();
        clock.dueAt = derived.dueAt();
        clock.provisional = derived.provisional();
        clock.warnAt = derived.warnAt();
        clock.nextCheckAt = derived.nextCheckAt();
        clock.suspendedWorkingDays = derived.suspendedWorkingDays();
        return clock;
    }

    public Derived derived() {
        return new Derived(dueOn, dueAt, provisional, warnAt, nextCheckAt, suspendedWorkingDays);
    }

    public record Started(DeadlineClock clock, DeadlineStarted event) {
    }

    /** Pauses the clock (art. 45); the due time moves only when it resumes. */
    public DeadlineSuspended suspend(String suspensionId, String reason, Instant at, DeadlineRules rules) {
        if (state != ClockState.RUNNING) {
            throw new ClockStateViolation("clock " + id + " is " + state + " and cannot be suspended");
        }
        suspensions.add(new Suspension(suspensionId, reason, at, rules.hallDate(at), null, null));
        state = ClockState.SUSPENDED;
        recompute(rules);
        return new DeadlineSuspended(terms.caseId(), id, terms.kind(), reason, at);
    }

    /** Resumes the clock; the suspended working days are added to the deadline. */
    public DeadlineChanged resume(String suspensionId, Instant at, DeadlineRules rules) {
        if (state != ClockState.SUSPENDED) {
            throw new ClockStateViolation("clock " + id + " is " + state + " and cannot be resumed");
        }
        Instant previous = dueAt;
        closeOpenSuspension(at, rules);
        state = ClockState.RUNNING;
        recompute(rules);
        return changed(previous, CAUSE_RESUMED);
    }

    /**
     * Refuses an extension request unless it comes before the due instant of a clock that is still open: an
     * extension gives more time, it cannot turn a deadline that has already passed into one that has not.
     */
    public void requireExtensible(Instant at, DeadlineRules rules) {
        requireOpen("extended");
        if (level == WarningLevel.RED || overdueAt(at, rules)) {
            throw new ExtensionAfterDue(terms.caseId(), dueAt, at);
        }
    }

    /**
     * Adds approved extension working days, decided at the given instant. A decision after the due instant moves
     * the due date but does not erase the breach that already happened: the clock is breached first (once), and
     * it stops LATE whenever it stops.
     */
    public List<DeadlineEvent> extend(int workingDays, Instant decidedAt, DeadlineRules rules) {
        if (workingDays <= 0) {
            throw new IllegalArgumentException("extension must be positive: " + workingDays);
        }
        requireOpen("extended");
        List<DeadlineEvent> events = new ArrayList<>();
        if (state == ClockState.RUNNING && overdueAt(decidedAt, rules)) {
            events.addAll(escalate(decidedAt, rules));
        }
        Instant previous = dueAt;
        extensionDays += workingDays;
        recompute(rules);
        events.add(changed(previous, CAUSE_EXTENSION));
        return events;
    }

    /** Recomputes with a corrected calendar; a DeadlineChanged when the due time or the provisional flag moved. */
    public List<DeadlineEvent> recalculate(DeadlineRules rules) {
        Instant previous = dueAt;
        boolean wasProvisional = provisional;
        recompute(rules);
        if (state == ClockState.STOPPED || (previous.equals(dueAt) && wasProvisional == provisional)) {
            return List.of();
        }
        return List.of(changed(previous, CAUSE_CALENDAR));
    }

    /**
     * The case was completed (or the department decided its part): on time when completed on or before the due
     * day in the hall's time zone (the whole due day counts, even its last fraction of a second), late when
     * completed on a later hall date or when the clock was breached before; and the working days used. A late
     * completion the scan has not seen yet is breached here, so every late stop has its breach and its
     * accountability record exactly once, whichever path noticed the lateness first.
     */
    public List<DeadlineEvent> complete(Instant at, DeadlineRules rules) {
        return stop(at, rules, false);
    }

    /** The case was returned: the clock is closed (breached first when the due day had passed). */
    public List<DeadlineEvent> close(Instant at, DeadlineRules rules) {
        return stop(at, rules, true);
    }

    private List<DeadlineEvent> stop(Instant at, DeadlineRules rules, boolean returned) {
        requireOpen(returned ? "closed" : "completed");
        List<DeadlineEvent> events = new ArrayList<>();
        if (state == ClockState.SUSPENDED) {
            closeOpenSuspension(at, rules);
        }
        state = ClockState.STOPPED;
        stoppedAt = at;
        recompute(rules);
        if (level != WarningLevel.RED && overdueAt(at, rules)) {
            events.add(breach(at, rules));
        }
        if (returned) {
            outcome = Outcome.RETURNED;
        } else {
            outcome = level == WarningLevel.RED || overdueAt(at, rules) ? Outcome.LATE : Outcome.ON_TIME;
        }
        usedWorkingDays = Math.max(0,
                rules.calendar().countWorkingDays(acceptedOn, rules.hallDate(at)) - suspendedWorkingDays);
        events.add(stopped());
        return events;
    }

    /**
     * What this running clock has reached at now, if higher than the level it has: the red card (DeadlineBreached,
     * with the id of the accountability record to open) once the due day has passed, the yellow warning
     * (DeadlineWarning) from the warning instant on. Levels never go down; a clock that jumps from no warning to
     * overdue gets only the breach, and an immediate case (limit 0) gets no yellow warning.
     */
    public List<DeadlineEvent> escalate(Instant now, DeadlineRules rules) {
        if (state != ClockState.RUNNING) {
            return List.of();
        }
        if (overdueAt(now, rules)) {
            return level == WarningLevel.RED ? List.of() : List.of(breach(now, rules));
        }
        if (warnAt == null || now.isBefore(warnAt) || level.compareTo(WarningLevel.YELLOW) >= 0) {
            return List.of();
        }
        level = WarningLevel.YELLOW;
        nextCheckAt = nextCheck();
        return List.of(new DeadlineWarning(terms.caseId(), id, terms.kind(), terms.windowCode(), dueAt,
                workingTime(now, rules).remaining(), now));
    }

    private DeadlineBreached breach(Instant at, DeadlineRules rules) {
        level = WarningLevel.RED;
        nextCheckAt = nextCheck();
        return new DeadlineBreached(terms.caseId(), id, terms.kind(), terms.windowCode(), terms.handlerId(), dueAt,
                UUID.randomUUID().toString(), at);
    }

    /** Overdue once the hall date is after the due day (the whole due day counts). */
    private boolean overdueAt(Instant at, DeadlineRules rules) {
        return rules.hallDate(at).isAfter(dueOn);
    }

    /** Elapsed, suspended, actual and remaining working days as of now (or as of the stop). */
    public WorkingTime workingTime(Instant now, DeadlineRules rules) {
        WorkingDayCalendar calendar = rules.calendar();
        LocalDate today = rules.hallDate(stoppedAt != null ? stoppedAt : now);
        int elapsed = calendar.countWorkingDays(acceptedOn, today);
        int suspended = suspendedWorkingDays;
        for (Suspension s : suspensions) {
            if (s.open()) {
                suspended += calendar.countWorkingDays(s.suspendedOn(), today);
            }
        }
        int remaining = today.isAfter(dueOn) ? -calendar.countWorkingDays(dueOn, today)
                : calendar.countWorkingDays(today, dueOn);
        return new WorkingTime(elapsed, suspended, Math.max(0, elapsed - suspended), remaining);
    }

    private void closeOpenSuspension(Instant at, DeadlineRules rules) {
        for (int i = 0; i < suspensions.size(); i++) {
            Suspension s = suspensions.get(i);
            if (s.open()) {
                Instant end = at.isBefore(s.suspendedAt()) ? s.suspendedAt() : at;
                suspensions.set(i, s.resume(end, rules.hallDate(end)));
            }
        }
    }

    private void requireOpen(String what) {
        if (state == ClockState.STOPPED) {
            throw new ClockStateViolation("clock " + id + " is stopped and cannot be " + what);
        }
    }

    private void recompute(DeadlineRules rules) {
        WorkingDayCalendar calendar = rules.calendar();
        int suspended = 0;
        for (Suspension s : suspensions) {
            if (!s.open()) {
                suspended += calendar.countWorkingDays(s.suspendedOn(), s.resumedOn());
            }
        }
        suspendedWorkingDays = suspended;
        WorkingDate due = calendar.addWorkingDays(acceptedOn, terms.limitDays() + extensionDays + suspended);
        dueOn = due.date();
        provisional = due.provisional();
        dueAt = rules.endOf(dueOn);
        if (terms.limitDays() == 0 || terms.kind() == ClockKind.ACCEPTANCE) {
            // an immediate case has no time for a yellow warning; a case waiting for acceptance is not warned
            // while it is still within its short limit, only once the limit has passed (the red card)
            warnAt = null;
        } else {
            int threshold = rules.warningPolicy().thresholdDays(terms.limitDays());
            LocalDate warnOn = calendar.startOfLastWorkingDays(dueOn, threshold);
            Instant start = rules.startOf(warnOn);
            warnAt = start.isBefore(terms.acceptedAt()) ? terms.acceptedAt() : start;
        }
        nextCheckAt = nextCheck();
    }

    private Instant nextCheck() {
        if (state != ClockState.RUNNING) {
            return null;
        }
        return switch (level) {
            case NONE -> warnAt != null ? warnAt : dueAt.plusSeconds(1);
            case YELLOW -> dueAt.plusSeconds(1);
            case RED -> null;
        };
    }

    private DeadlineChanged changed(Instant previous, String cause) {
        return new DeadlineChanged(terms.caseId(), id, terms.kind(), previous, dueAt, cause, provisional);
    }

    private DeadlineStopped stopped() {
        return new DeadlineStopped(terms.caseId(), id, terms.kind(), outcome.name(), usedWorkingDays,
                suspendedWorkingDays, stoppedAt);
    }

    public String id() { return id; }
    public ClockTerms terms() { return terms; }
    public String caseId() { return terms.caseId(); }
    public ClockKind kind() { return terms.kind(); }
    public LocalDate acceptedOn() { return acceptedOn; }
    public int extensionDays() { return extensionDays; }
    public ClockState state() { return state; }
    public List<Suspension> suspensions() { return List.copyOf(suspensions); }
    public LocalDate dueOn() { return dueOn; }
    public Instant dueAt() { return dueAt; }
    public boolean provisional() { return provisional; }
    public Instant warnAt() { return warnAt; }
    public WarningLevel level() { return level; }
    public Instant nextCheckAt() { return nextCheckAt; }
    public int suspendedWorkingDays() { return suspendedWorkingDays; }
    public Outcome outcome() { return outcome; }
    public Integer usedWorkingDays() { return usedWorkingDays; }
    public Instant stoppedAt() { return stoppedAt; }
}
