package hall.callbacks.tasks.application;

import hall.callbacks.events.CallbackTopics;
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
import hall.callbacks.tasks.domain.TaskStatus;
import hall.callbacks.tasks.persistence.CallbackTaskRepository;
import hall.eventing.outbox.EventOutbox;
import hall.security.Caller;
import hall.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * Callback tasks: listed by window, status, agent and round; taken by an agent; called within the calling hours
 * (at most three days of calls); answered once. A clerk sees only its window's tasks.
 */
@Service
public class CallbackTasks {

    private final CallbackTaskRepository tasks;
    private final CaseContacts contacts;
    private final EventOutbox outbox;
    private final CallingHours hours;
    private final ZoneId zone;
    private final Clock clock;

    public CallbackTasks(CallbackTaskRepository tasks, CaseContacts contacts, EventOutbox outbox,
            CallingProperties calling, @Value("${platform.hall.zone-id}") ZoneId zone, Clock clock) {
        this.tasks = tasks;
        this.contacts = contacts;
        this.outbox = outbox;
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
        AttemptResult parsed = parse(AttemptResult.class, result, "result");
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

    @Transactional
    public TaskView answer(String id, Outcome outcome, Caller caller) {
        CallbackTask before = tasks.lock(id).orElseThrow(() -> unknown(id));
        requireWorker(before, caller);
        CallbackTask.Change change = before.answer(outcome, caller.subject(), clock.instant());
        tasks.update(before, change.task());
        change.event().ifPresent(e -> outbox.append(CallbackTopics.CALLBACK_EVENTS, id, e));
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

    static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (value == null) {
            throw new BadField(field, "is required, one of " + List.of(type.getEnumConstants()));
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new BadField(field, "must be one of " + List.of(type.getEnumConstants()));
        }
    }

    private static NotFound unknown(String id) {
        return new NotFound("no callback " + id);
    }
}
