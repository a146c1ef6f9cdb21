package hall.callbacks.problems.application;

import hall.callbacks.events.CallbackTopics;
import hall.callbacks.problems.domain.OwnerIssueStatistics;
import hall.callbacks.problems.domain.OwnerSubject;
import hall.callbacks.problems.domain.Problem;
import hall.callbacks.problems.domain.ProblemStatus;
import hall.callbacks.problems.persistence.ProblemRepository;
import hall.callbacks.shared.AccessRefused;
import hall.callbacks.shared.BadField;
import hall.callbacks.shared.NotFound;
import hall.callbacks.shared.remote.MachineToken;
import hall.callbacks.shared.remote.WorkingCalendar;
import hall.eventing.outbox.EventOutbox;
import hall.security.Caller;
import hall.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Problems and their rectification loop: opened by unsatisfied answers or recorded by an agent, due a few
 * working days later, rectified by the window or the department, called back, closed on a satisfied re-callback
 * (or by the supervision office with a reason), escalated when the person is still unsatisfied; overdue ones are
 * announced once.
 */
@Service
public class Problems {

    private final ProblemRepository problems;
    private final ProblemCallbacks callbacks;
    private final WorkingCalendar calendar;
    private final int rectificationDays;
    private final OwnerIssueProperties owners;
    private final MachineToken machine;
    private final EventOutbox outbox;
    private final ZoneId zone;
    private final Clock clock;

    public Problems(ProblemRepository problems, ProblemCallbacks callbacks, WorkingCalendar calendar,
            @Value("${callbacks.problems.rectification-working-days:3}") int rectificationDays,
            OwnerIssueProperties owners, MachineToken machine,
            EventOutbox outbox, @Value("${platform.hall.zone-id}") ZoneId zone, Clock clock) {
        this.problems = problems;
        this.callbacks = callbacks;
        this.calendar = calendar;
        this.rectificationDays = rectificationDays;
        this.owners = owners;
        this.machine = machine;
        this.outbox = outbox;
        this.zone = zone;
        this.clock = clock;
    }

    /**
     * One problem per unsatisfied dimension of a callback's answers (dimension name to its description), in the
     * transaction of the answer.
     */
    @Transactional
    public List<Problem> openFromCallback(ProblemCallbacks.Origin origin, Map<String, String> unsatisfied,
            String bearer) {
        Instant now = clock.instant();
        return unsatisfied.entrySet().stream()
                .map(d -> open(origin, d.getKey(), d.getValue(), now, bearer)).toList();
    }

    /** A problem the agent records during a callback. */
    @Transactional
    public Problem record(String callbackId, String description, Caller caller, String bearer) {
        if (!caller.hasAnyRole(Role.CALLBACK_AGENT, Role.SUPERVISOR)) {
            throw new AccessRefused("problems are recorded by callback agents and the supervision office");
        }
        if (callbackId == null) {
            throw new BadField("callbackId", "name the callback during which the problem was raised");
        }
        ProblemCallbacks.Origin origin = callbacks.origin(callbackId)
                .orElseThrow(() -> new NotFound("no callback " + callbackId));
        return open(origin, null, description, clock.instant(), bearer);
    }

    private Problem open(ProblemCallbacks.Origin origin, String dimension, String description, Instant now,
            String bearer) {
        Problem.Opened opened = Problem.open(UUID.randomUUID().toString(), origin.windowCode(),
                origin.departmentCode(), dimension == null ? "RECORDED" : "CALLBACK", origin.callbackId(), dimension,
                description, now);
        Problem p = opened.problem();
        LocalDate due = dueAfter(now, bearer).orElse(null);
        if (due != null) {
            p = p.due(due);
        }
        problems.insert(p);
        outbox.append(CallbackTopics.CALLBACK_EVENTS, p.id(), p.openedEvent());
        return p;
    }

    private Optional<LocalDate> dueAfter(Instant opened, String bearer) {
        return calendar.workingDaysAfter(opened.atZone(zone).toLocalDate(), rectificationDays, bearer);
    }

    /** A hall problem's rectification is due in 3 working days, a department's measures on an owner's issue in its own. */
    private Optional<LocalDate> dueAfter(Problem p, Instant from, String bearer) {
        return p.isOwnerIssue()
                ? calendar.workingDaysAfter(from.atZone(zone).toLocalDate(), owners.measuresWorkingDays(), bearer)
                : dueAfter(from, bearer);
    }

    /**
     * An issue an owner raised on a visit, in the transaction of the visit's record: answered on the spot it is
     * only counted; otherwise it is escalated to the customer-service supervisor.
     */
    @Transactional
    public Problem raiseOnVisit(OwnerSubject owner, String description, String answer, String by) {
        Problem p = Problem.raisedOnVisit(UUID.randomUUID().toString(), owner, description, answer, by,
                clock.instant());
        problems.insert(p);
        if (p.status() == ProblemStatus.ESCALATED) {
            outbox.append(CallbackTopics.CALLBACK_EVENTS, p.id(), p.announcement());
        }
        return p;
    }

    /**
     * The customer-service supervisor or the project's manager hands an escalated owner's issue to a department;
     * its measures are due on deadline-service's calendar (pending while it does not answer).
     */
    @Transactional
    public Problem assign(String id, String department, Caller caller, String bearer) {
        Problem before = problems.lock(id).orElseThrow(() -> unknown(id));
        if (!managesOwnerIssue(before, caller)) {
            throw new AccessRefused("the customer-service supervisor or the project's manager assigns an owner's issue");
        }
        Problem p = before.assign(department, owners.departmentsOf(before.owner().projectCode()));
        LocalDate due = dueAfter(p, clock.instant(), bearer).orElse(null);
        if (due != null) {
            p = p.due(due);
        }
        problems.update(p);
        outbox.append(CallbackTopics.CALLBACK_EVENTS, id, p.announcement());
        return p;
    }

    /** The departments an owner's issue of a project can be assigned to. */
    public List<String> departmentsOf(String project) {
        return owners.departmentsOf(project);
    }

    /** The window's clerk or the department's officer reports measures; a re-callback task is created. */
    @Transactional
    public Problem rectify(String id, String measures, Caller caller) {
        Problem before = problems.lock(id).orElseThrow(() -> unknown(id));
        requireRectifier(before, caller);
        String reCallbackId = UUID.randomUUID().toString();
        Instant now = clock.instant();
        Problem.Rectified r = before.rectify(measures, caller.subject(), reCallbackId, now);
        if (before.callbackId() == null && !before.isOwnerIssue()) {
            throw new NotFound("problem " + id + " has no callback to call back");
        }
        callbacks.openReCallback(new ProblemCallbacks.ReCallback(reCallbackId, id, before.round(),
                before.callbackId(), before.isOwnerIssue() ? before.owner().contactRef() : null, before.windowCode(),
                before.departmentCode(), now));
        problems.update(r.problem());
        outbox.append(CallbackTopics.CALLBACK_EVENTS, id, r.event());
        return r.problem();
    }

    /** A re-callback was answered: satisfied closes the problem, unsatisfied opens its next round. */
    @Transactional
    public void reCallbackAnswered(String reCallbackId, boolean satisfied, String agent, String bearer) {
        problems.lockByReCallback(reCallbackId).ifPresent(before -> {
            Instant now = clock.instant();
            Problem.Checked checked = before.reCallbackAnswered(satisfied, agent, now);
            Problem p = checked.problem();
            if (checked.reopened().isPresent()) {
                LocalDate due = dueAfter(before, now, bearer).orElse(null);
                if (due != null) {
                    p = p.due(due);
                }
            }
            problems.update(p);
            Problem after = p;
            checked.closed().ifPresent(e -> outbox.append(CallbackTopics.CALLBACK_EVENTS, after.id(), e));
            if (checked.reopened().isPresent()) {
                outbox.append(CallbackTopics.CALLBACK_EVENTS, after.id(), after.announcement());
            }
        });
    }

    @Transactional
    public Problem close(String id, String reason, Caller caller) {
        Problem before = problems.lock(id).orElseThrow(() -> unknown(id));
        if (before.isOwnerIssue() ? !managesOwnerIssue(before, caller) : !caller.hasRole(Role.SUPERVISOR)) {
            throw new AccessRefused("only the supervision office (for an owner's issue the project's manager) closes"
                    + " a problem without a satisfied callback");
        }
        Problem.Checked checked = before.closeBySupervisor(reason, caller.subject(), clock.instant());
        problems.update(checked.problem());
        checked.closed().ifPresent(e -> outbox.append(CallbackTopics.CALLBACK_EVENTS, id, e));
        return checked.problem();
    }

    @Transactional(readOnly = true)
    public List<Problem> list(String window, String project, String status, boolean overdue, Caller caller) {
        if (status != null) {
            try {
                ProblemStatus.valueOf(status);
            } catch (IllegalArgumentException e) {
                throw new BadField("status", "must be one of " + List.of(ProblemStatus.values()));
            }
        }
        String department = null;
        String scopedWindow = window;
        String scopedProject = project;
        if (!caller.hasAnyRole(Role.CALLBACK_AGENT, Role.SUPERVISOR, Role.ADMIN)) {
            if (caller.hasRole(Role.PROPERTY_MANAGER) && caller.projectCode() != null
                    && (project == null || project.equals(caller.projectCode()))) {
                scopedProject = caller.projectCode();
            } else if (caller.hasRole(Role.CLERK) && caller.windowCode() != null
                    && (window == null || window.equals(caller.windowCode()))) {
                scopedWindow = caller.windowCode();
            } else if (caller.hasRole(Role.DEPARTMENT_OFFICER) && caller.departmentCode() != null) {
                department = caller.departmentCode();
            } else {
                throw new AccessRefused("a clerk sees its window's problems, an officer its department's");
            }
        }
        return problems.list(scopedWindow, department, scopedProject, status, overdue ? today() : null, 500);
    }

    /** The year's statistics of a project's owners' issues; a manager sees only its project's. */
    @Transactional(readOnly = true)
    public OwnerIssueStatistics.Summary ownerIssueStatistics(String project, Integer year, Caller caller) {
        if (project == null || project.isBlank()) {
            throw new BadField("project", "name the residential project");
        }
        if (year == null || year < 2000 || year > 2100) {
            throw new BadField("year", "a year from 2000 to 2100");
        }
        if (!caller.hasAnyRole(Role.CALLBACK_AGENT, Role.SUPERVISOR, Role.ADMIN)
                && !(caller.hasRole(Role.PROPERTY_MANAGER) && project.equals(caller.projectCode()))) {
            throw new AccessRefused("a property manager sees only its project's statistics");
        }
        return OwnerIssueStatistics.of(project, year, problems.ownerIssuesRaisedIn(project, year, zone));
    }

    /** Every owner's issue of a project, for its records (the custody feature checks who may read them). */
    @Transactional(readOnly = true)
    public List<Problem> ownerIssuesOf(String project) {
        return problems.list(null, null, project, null, null, 10_000);
    }

    @Transactional(readOnly = true)
    public Problem get(String id, Caller caller) {
        Problem p = problems.find(id).orElseThrow(() -> unknown(id));
        if (!caller.hasAnyRole(Role.CALLBACK_AGENT, Role.SUPERVISOR, Role.ADMIN) && !rectifies(p, caller)
                && !managesOwnerIssue(p, caller)) {
            throw new AccessRefused("a clerk sees its window's problems, an officer its department's");
        }
        return p;
    }

    /** Asks the calendar for the due dates still pending, as callback-service itself; returns how many it set. */
    public int completePendingDueDates() {
        List<String> pending = problems.pendingDueDates(100);
        if (pending.isEmpty()) {
            return 0;
        }
        String bearer = machine.bearer();
        if (bearer == null) {
            return 0;
        }
        int set = 0;
        for (String id : pending) {
            Problem p = problems.find(id).orElseThrow();
            LocalDate due = dueAfter(p, p.openedAt(), bearer).orElse(null);
            if (due == null) {
                break;
            }
            set += problems.setDueIfPending(id, due) ? 1 : 0;
        }
        return set;
    }

    /** Announces each open problem past its due date once; returns how many it announced. */
    @Transactional
    public int announceOverdue() {
        LocalDate today = today();
        int announced = 0;
        for (String id : problems.overdueUnannounced(today, 500)) {
            Problem p = problems.lock(id).orElseThrow();
            var overdue = p.announceOverdue(today, clock.instant());
            if (overdue.isPresent()) {
                problems.update(overdue.get().problem());
                outbox.append(CallbackTopics.CALLBACK_EVENTS, id, overdue.get().event());
                announced++;
            }
        }
        return announced;
    }

    private LocalDate today() {
        return clock.instant().atZone(zone).toLocalDate();
    }

    /** An owner's issue is managed by the customer-service supervisor and the manager of its project. */
    private static boolean managesOwnerIssue(Problem p, Caller caller) {
        return p.isOwnerIssue() && (caller.hasRole(Role.SUPERVISOR) || (caller.hasRole(Role.PROPERTY_MANAGER)
                && p.owner().projectCode().equals(caller.projectCode())));
    }

    /** A hall problem is rectified by its window or department, an owner's issue's measures reported by its manager. */
    private static boolean rectifies(Problem p, Caller caller) {
        if (p.isOwnerIssue()) {
            return managesOwnerIssue(p, caller);
        }
        return (caller.hasRole(Role.CLERK) && p.windowCode() != null && p.windowCode().equals(caller.windowCode()))
                || (caller.hasRole(Role.DEPARTMENT_OFFICER) && p.departmentCode() != null
                        && p.departmentCode().equals(caller.departmentCode()));
    }

    private static void requireRectifier(Problem p, Caller caller) {
        if (!rectifies(p, caller)) {
            throw new AccessRefused("the window's clerk or the department's officer reports the rectification");
        }
    }

    private static NotFound unknown(String id) {
        return new NotFound("no problem " + id);
    }
}
