package hall.callbacks.tasks.application;

import hall.callbacks.events.CallbackTopics;
import hall.callbacks.events.ComplaintRaisedInCallback;
import hall.callbacks.frame.application.SamplingFrame;
import hall.callbacks.frame.domain.HallCase;
import hall.callbacks.problems.application.ProblemCallbacks;
import hall.callbacks.shared.remote.MachineToken;
import hall.callbacks.shared.remote.WorkingCalendar;
import hall.cases.events.ComplaintResolved;
import hall.callbacks.problems.application.Problems;
import hall.callbacks.shared.AccessRefused;
import hall.callbacks.shared.BadField;
import hall.callbacks.shared.NotFound;
import hall.callbacks.shared.RuleBroken;
import hall.callbacks.tasks.contact.CaseContactClient;
import hall.callbacks.tasks.contact.CaseContacts;
import hall.callbacks.tasks.domain.AttemptResult;
import hall.callbacks.tasks.domain.CallbackTask;
import hall.callbacks.tasks.domain.CallingHours;
import hall.callbacks.tasks.domain.Outcome;
import hall.callbacks.tasks.domain.TaskKind;
import hall.callbacks.tasks.domain.TaskStatus;
import hall.callbacks.tasks.persistence.CallbackTaskRepository;
import hall.eventing.outbox.EventOutbox;
import hall.security.Caller;
import hall.security.Role;
import hall.surveys.events.FollowUpRequested;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Callback tasks: listed by window, status, agent and round; taken by an agent; called within the calling hours
 * (at most three days of calls); answered once. A clerk sees only its window's tasks.
 */
@Service
public class CallbackTasks {

    private final CallbackTaskRepository tasks;
    private final CaseContacts contacts;
    private final EventOutbox outbox;
    private final Problems problems;
    private final SamplingFrame frame;
    private final WorkingCalendar calendar;
    private final MachineToken machine;
    private final int complaintCallbackDays;
    private final CallingHours hours;
    private final ZoneId zone;
    private final Clock clock;

    public CallbackTasks(CallbackTaskRepository tasks, CaseContacts contacts, EventOutbox outbox, Problems problems,
            SamplingFrame frame, WorkingCalendar calendar, MachineToken machine,
            @Value("${callbacks.complaints.callback-working-days:1}") int complaintCallbackDays,
            CallingProperties calling, @Value("${platform.hall.zone-id}") ZoneId zone, Clock clock) {
        this.tasks = tasks;
        this.contacts = contacts;
        this.outbox = outbox;
        this.problems = problems;
        this.frame = frame;
        this.calendar = calendar;
        this.machine = machine;
        this.complaintCallbackDays = complaintCallbackDays;
        this.hours = new CallingHours(calling.from(), calling.to());
        this.zone = zone;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<TaskView> list(String window, String status, String agent, String round, int limit, Caller caller) {
        if (status != null) {
            try {
                TaskStatus.valueOf(status);
            } catch (IllegalArgumentException e) {
                throw new BadField("status", "must be one of " + List.of(TaskStatus.values()));
            }
        }
        String scopedWindow = window;
        if (!caller.hasAnyRole(Role.CALLBACK_AGENT, Role.SUPERVISOR, Role.ADMIN)) {
            if (caller.windowCode() == null || (window != null && !window.equals(caller.windowCode()))) {
                throw new AccessRefused("a clerk sees only the callbacks of its own window");
            }
            scopedWindow = caller.windowCode();
        }
        return tasks.list(scopedWindow, status, agent, round, limit).stream().map(TaskView::of).toList();
    }

    @Transactional(readOnly = true)
    public TaskView get(String id, Caller caller) {
        CallbackTask t = tasks.find(id).orElseThrow(() -> unknown(id));
        requireScope(t, caller);
        return TaskView.of(t);
    }

    /** A supervisor assigns any agent; an agent takes a task for itself. */
    @Transactional
    public TaskView assign(String id, String agent, Caller caller) {
        if (agent == null || agent.isBlank() || agent.length() > 100) {
            throw new BadField("agent", "name the agent (at most 100 characters)");
        }
        if (!caller.hasRole(Role.SUPERVISOR) && !agent.equals(caller.subject())) {
            throw new AccessRefused("an agent takes callbacks only for itself");
        }
        CallbackTask before = tasks.lock(id).orElseThrow(() -> unknown(id));
        CallbackTask after = before.assignTo(agent);
        tasks.update(before, after);
        return TaskView.of(after);
    }

    @Transactional
    public TaskView attempt(String id, String result, Instant attemptedAt, String note, Caller caller) {
        AttemptResult parsed = BadField.oneOf(AttemptResult.class, result, "result");
        if (note != null && note.length() > 500) {
            throw new BadField("note", "at most 500 characters");
        }
        CallbackTask before = tasks.lock(id).orElseThrow(() -> unknown(id));
        requireWorker(before, caller);
        Instant now = clock.instant();
        CallbackTask.Change change = before.attempt(parsed, attemptedAt == null ? now : attemptedAt,
                caller.subject(), note, now, zone, hours);
        tasks.update(before, change.task());
        change.event().ifPresent(e -> outbox.append(CallbackTopics.CALLBACK_EVENTS, id, e));
        return TaskView.of(change.task());
    }

    /**
     * The person's answers. A re-callback closes or escalates its problem; any other callback opens a problem per
     * unsatisfied dimension, due on the calendar asked with the agent's token.
     */
    @Transactional
    public TaskView answer(String id, Outcome outcome, Caller caller, String bearer) {
        CallbackTask before = tasks.lock(id).orElseThrow(() -> unknown(id));
        requireWorker(before, caller);
        CallbackTask.Change change = before.answer(outcome, caller.subject(), clock.instant());
        tasks.update(before, change.task());
        change.event().ifPresent(e -> outbox.append(CallbackTopics.CALLBACK_EVENTS, id, e));
        CallbackTask answered = change.task();
        if (before.kind() == TaskKind.RE_CALLBACK) {
            problems.reCallbackAnswered(id, outcome.unsatisfied().isEmpty(), answered.agent(), bearer);
        } else {
            Map<String, String> unsatisfied = new LinkedHashMap<>();
            outcome.unsatisfied().forEach(d -> unsatisfied.put(d.name(), "回访不满意：" + d.label()
                    + (outcome.comments() == null ? "" : "。" + outcome.comments())));
            problems.openFromCallback(new ProblemCallbacks.Origin(id, answered.windowCode(),
                    answered.departmentCode(), answered.contactRef()), unsatisfied, bearer);
        }
        return TaskView.of(change.task());
    }

    /**
     * The phone number of the person to call, read from case-service as the calling agent (audited there);
     * not stored here. Only while the task is being called.
     */
    @Transactional(readOnly = true)
    public CaseContactClient.CaseContact contact(String id, String bearer, Caller caller) {
        CallbackTask t = tasks.find(id).orElseThrow(() -> unknown(id));
        requireWorker(t, caller);
        if (t.status().finished()) {
            throw new RuleBroken("status", "callback " + id + " is " + t.status() + ": its contact is no longer needed");
        }
        if (t.caseId() == null) {
            throw new RuleBroken("caseId", "callback " + id + " has no case; its contact " + t.contactRef()
                    + " is read where it is kept");
        }
        return contacts.read(t.caseId(), bearer);
    }

    /**
     * A resolved complaint is always called back, within {@code callbacks.complaints.callback-working-days} (1)
     * working day on deadline-service's calendar (asked as callback-service; left pending when it does not answer
     * and completed by {@link #completePendingComplaintDueDates()} once it does).
     * Its window and department come from the complaint's subject (a case's from the sampling frame).
     */
    @Transactional
    public void complaintResolved(ComplaintResolved c) {
        String window = null;
        String department = null;
        String caseId = null;
        switch (c.subjectType()) {
            case "WINDOW" -> window = c.subjectRef();
            case "DEPARTMENT" -> department = c.subjectRef();
            case "CASE" -> {
                caseId = c.subjectRef();
                var hallCase = frame.find(caseId);
                window = hallCase.map(HallCase::windowCode).orElse(null);
                department = hallCase.map(HallCase::departmentCode).orElse(null);
            }
            default -> {
                // a property-service complaint is called back without a hall window
            }
        }
        LocalDate resolvedOn = c.resolvedAt().atZone(zone).toLocalDate();
        String bearer = machine.bearer();
        LocalDate due = bearer == null ? null
                : calendar.workingDaysAfter(resolvedOn, complaintCallbackDays, bearer).orElse(null);
        tasks.insert(CallbackTask.open(UUID.randomUUID().toString(), TaskKind.COMPLAINT, "complaint:" + c.complaintId(),
                null, caseId, c.contactRef(), null, window, department, due, c.resolvedAt()));
    }

    /**
     * Completes the due dates of complaint callbacks created while deadline-service's calendar did not answer
     * (asked again as callback-service; stops at the first date still not given). Returns how many it set.
     */
    public int completePendingComplaintDueDates() {
        List<CallbackTask> pending = tasks.complaintCallbacksWithoutDueDate(100);
        if (pending.isEmpty()) {
            return 0;
        }
        String bearer = machine.bearer();
        if (bearer == null) {
            return 0;
        }
        int set = 0;
        for (CallbackTask t : pending) {
            LocalDate due = calendar.workingDaysAfter(t.createdAt().atZone(zone).toLocalDate(), complaintCallbackDays,
                    bearer).orElse(null);
            if (due == null) {
                break;
            }
            set += tasks.setDueDateIfPending(t.id(), due) ? 1 : 0;
        }
        return set;
    }

    /**
     * A complaint the person raises during a callback, handed to case-service as an event in the transaction
     * that records it (case-service files it once, by the request id).
     */
    @Transactional
    public RaisedComplaint raiseComplaint(String id, String subjectType, String subjectRef, String description,
            Caller caller) {
        if (description == null || description.isBlank() || description.length() > 2000) {
            throw new BadField("description", "say what the complaint is about (at most 2000 characters)");
        }
        CallbackTask t = tasks.find(id).orElseThrow(() -> unknown(id));
        requireWorker(t, caller);
        String type = subjectType == null ? (t.caseId() != null ? "CASE" : "WINDOW") : subjectType;
        if (!List.of("WINDOW", "DEPARTMENT", "CASE", "PROPERTY_SERVICE").contains(type)) {
            throw new BadField("subjectType", "one of WINDOW, DEPARTMENT, CASE, PROPERTY_SERVICE");
        }
        String ref = subjectRef != null ? subjectRef : switch (type) {
            case "CASE" -> t.caseId();
            case "WINDOW" -> t.windowCode();
            case "DEPARTMENT" -> t.departmentCode();
            default -> null;
        };
        if (ref == null || ref.isBlank() || ref.length() > 60) {
            throw new BadField("subjectRef", "name what the complaint is about");
        }
        RaisedComplaint raised = new RaisedComplaint(UUID.randomUUID().toString(), id, type, ref, description,
                caller.subject(), clock.instant());
        tasks.insertComplaint(raised.id(), id, type, ref, description, caller.subject(), raised.raisedAt());
        outbox.append(CallbackTopics.CALLBACK_EVENTS, raised.id(), new ComplaintRaisedInCallback(raised.id(), id,
                t.caseId(), t.windowCode(), t.departmentCode(), type, ref, description, t.contactRef(),
                caller.subject(), raised.raisedAt()));
        return raised;
    }

    public record RaisedComplaint(String id, String callbackId, String subjectType, String subjectRef,
            String description, String raisedBy, Instant raisedAt) {
    }

    /** survey-service asks for a follow-up callback; one task per request id, however often it is delivered. */
    @Transactional
    public void followUpRequested(FollowUpRequested f) {
        tasks.insert(CallbackTask.open(UUID.randomUUID().toString(), TaskKind.FOLLOW_UP, "follow-up:" + f.requestId(),
                null, f.caseId(), f.contactRef() != null ? f.contactRef() : f.subjectRef(), null, f.windowCode(), f.departmentCode(), null, f.requestedAt()));
    }

    private static void requireScope(CallbackTask t, Caller caller) {
        if (caller.hasAnyRole(Role.CALLBACK_AGENT, Role.SUPERVISOR, Role.ADMIN)) {
            return;
        }
        if (caller.windowCode() != null && caller.windowCode().equals(t.windowCode())) {
            return;
        }
        throw new AccessRefused("a clerk sees only the callbacks of its own window");
    }

    /** Agents work unassigned tasks and their own; the supervision office may work any. */
    private static void requireWorker(CallbackTask t, Caller caller) {
        if (caller.hasRole(Role.SUPERVISOR)) {
            return;
        }
        if (!caller.hasRole(Role.CALLBACK_AGENT)) {
            throw new AccessRefused("callbacks are made by callback agents");
        }
        if (t.agent() != null && !t.agent().equals(caller.subject())) {
            throw new AccessRefused("callback " + t.id() + " is assigned to another agent");
        }
    }

    private static NotFound unknown(String id) {
        return new NotFound("no callback " + id);
    }
}
