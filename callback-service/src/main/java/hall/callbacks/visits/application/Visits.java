package hall.callbacks.visits.application;

import hall.callbacks.events.CallbackTopics;
import hall.callbacks.events.ComplaintRaisedInCallback;
import hall.callbacks.events.VisitCompleted;
import hall.callbacks.problems.application.Problems;
import hall.callbacks.problems.domain.OwnerSubject;
import hall.callbacks.problems.domain.Problem;
import hall.callbacks.projects.application.Projects;
import hall.callbacks.projects.domain.Owner;
import hall.callbacks.shared.AccessRefused;
import hall.callbacks.shared.BadField;
import hall.callbacks.shared.NotFound;
import hall.callbacks.visits.domain.Visit;
import hall.callbacks.visits.domain.VisitKind;
import hall.callbacks.visits.domain.VisitMethod;
import hall.callbacks.visits.domain.VisitStatus;
import hall.callbacks.visits.persistence.VisitRepository;
import hall.callbacks.shared.remote.MachineToken;
import hall.callbacks.shared.remote.ServiceUnavailable;
import hall.callbacks.shared.remote.WorkingCalendar;
import hall.callbacks.tasks.application.CallingProperties;
import hall.callbacks.visits.domain.ComplaintVisit;
import hall.callbacks.visits.domain.VisitTiming;
import hall.cases.events.ComplaintResolved;
import hall.eventing.outbox.EventOutbox;
import hall.security.Caller;
import hall.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Owner visits: ad hoc ones, the callback after a finished service order, and the record of a visit made, whose
 * issues enter the problem loop (escalated when not answered on the spot) and whose complaints go to case-service's
 * complaint process as events written in the same transaction.
 */
@Service
public class Visits {

    static final String PROPERTY_SERVICE = "PROPERTY_SERVICE";

    private final VisitRepository visits;
    private final Projects projects;
    private final Problems problems;
    private final EventOutbox outbox;
    private final VisitProperties properties;
    private final VisitTiming timing;
    private final WorkingCalendar calendar;
    private final MachineToken machine;
    private final ZoneId zone;
    private final Clock clock;

    public Visits(VisitRepository visits, Projects projects, Problems problems, EventOutbox outbox,
            VisitProperties properties, CallingProperties calling, WorkingCalendar calendar, MachineToken machine,
            @Value("${platform.hall.zone-id}") ZoneId zone, Clock clock) {
        this.visits = visits;
        this.projects = projects;
        this.problems = problems;
        this.outbox = outbox;
        this.properties = properties;
        this.timing = properties.timing(calling.from(), calling.to());
        this.calendar = calendar;
        this.machine = machine;
        this.zone = zone;
        this.clock = clock;
    }

    /**
     * case-service resolved a complaint. A property-service complaint an owner raised on a visit becomes one
     * COMPLAINT visit of that owner (once per complaint, however often the event comes), planned
     * {@code callbacks.visits.complaint-working-days} working days after the resolution on deadline-service's
     * calendar, asked with callback-service's own token. Answers false when the complaint is not such a complaint
     * (the hall's complaint callback follows it then). While the calendar does not answer nothing is stored and
     * the event fails, to be retried and, if it keeps failing, parked as a dead letter for replay.
     */
    @Transactional
    public boolean complaintResolved(ComplaintResolved c) {
        if (!PROPERTY_SERVICE.equals(c.subjectType())) {
            return false;
        }
        String source = ComplaintVisit.sourceRef(c.complaintId());
        if (visits.bySource(source).isPresent()) {
            return true;
        }
        var raisedOn = visits.raisedComplaintOn(c.complaintId());
        if (raisedOn.isEmpty()) {
            return false;
        }
        Owner owner = projects.owner(raisedOn.get().projectCode(), raisedOn.get().ownerId());
        LocalDate resolvedOn = LocalDate.ofInstant(c.resolvedAt(), zone);
        String bearer = machine.bearer();
        Optional<LocalDate> on = bearer == null ? Optional.empty()
                : calendar.workingDaysAfter(resolvedOn, properties.complaintWorkingDays(), bearer);
        LocalDate due = on.orElseThrow(() -> new ServiceUnavailable(WorkingCalendar.SERVICE,
                        "the complaint visit of complaint " + c.complaintId() + " waits for the working-day calendar",
                        true, null));
        visits.insert(ComplaintVisit.of(UUID.randomUUID().toString(), c.complaintId(), c.outcome(), raisedOn.get(),
                owner.contactConsent(), owner.preferredContactTimes(), due, timing, clock.instant()));
        return true;
    }

    /** What the owner raised on a visit: an issue (answered on the spot when {@code answer} is given) or a complaint. */
    public record RaisedIssue(String category, String description, String answer, Boolean complaint) {
    }

    /** An ad hoc visit (SPECIAL, e.g. after an incident), released at once. */
    @Transactional
    public VisitView planAdHoc(String project, String ownerId, String kind, String method, LocalDate on,
            LocalTime at, String content, String purpose, Caller caller) {
        if (project == null || project.isBlank()) {
            throw new BadField("project", "name the residential project");
        }
        if (!caller.hasRole(Role.CALLBACK_AGENT) && !VisitPlans.managerOf(project, caller)) {
            throw new AccessRefused("visits are planned by customer service or the project's manager");
        }
        VisitKind k = kind == null ? VisitKind.SPECIAL : BadField.oneOf(VisitKind.class, kind, "kind");
        if (k == VisitKind.PERIODIC) {
            throw new BadField("kind", "periodic visits come from an approved monthly plan");
        }
        VisitMethod m = BadField.oneOf(VisitMethod.class, method, "method");
        if (on == null) {
            throw new BadField("plannedOn", "is required");
        }
        if (ownerId == null) {
            throw new BadField("ownerId", "is required");
        }
        Owner owner = projects.owner(project, ownerId);
        Visit v = Visit.plan(UUID.randomUUID().toString(), project, owner.id(), null, k, m, VisitStatus.PLANNED, on,
                at == null ? properties.defaultTime() : at, content, purpose, null, clock.instant());
        visits.insert(v);
        return VisitView.of(v, owner.household().label());
    }

    /**
     * The property company's system reports a finished paid service or repair order: a callback visit of the owner
     * the next day, once per order reference however often it is reported.
     */
    @Transactional
    public OrderVisit serviceOrderCompleted(String ref, String project, String ownerId, String kind, String summary,
            Instant finishedAt, Caller caller) {
        if (project == null || project.isBlank()) {
            throw new BadField("project", "name the residential project");
        }
        if (!VisitPlans.managerOf(project, caller)) {
            throw new AccessRefused("orders of a project are reported by its property system (or manager)");
        }
        if (ref == null || ref.isBlank() || ref.length() > 100) {
            throw new BadField("ref", "the order reference, at most 100 characters");
        }
        String source = "order:" + ref;
        var existing = visits.bySource(source);
        if (existing.isPresent()) {
            return new OrderVisit(view(existing.get()), false);
        }
        VisitKind k = BadField.oneOf(VisitKind.class, kind, "kind");
        if (k != VisitKind.PAID_SERVICE && k != VisitKind.REPAIR_ORDER) {
            throw new BadField("kind", "PAID_SERVICE or REPAIR_ORDER");
        }
        if (ownerId == null) {
            throw new BadField("ownerId", "is required");
        }
        if (summary == null || summary.isBlank() || summary.length() > 300) {
            throw new BadField("summary", "say what was done (at most 300 characters)");
        }
        Instant now = clock.instant();
        Instant finished = finishedAt == null ? now : finishedAt;
        if (finished.isAfter(now)) {
            throw new BadField("finishedAt", "not in the future");
        }
        Owner owner = projects.owner(project, ownerId);
        Visit v = Visit.plan(UUID.randomUUID().toString(), project, owner.id(), null, k, VisitMethod.PHONE,
                VisitStatus.PLANNED, LocalDate.ofInstant(finished, zone).plusDays(1), properties.defaultTime(),
                (k == VisitKind.REPAIR_ORDER ? "维修工单回访：" : "有偿服务回访：") + summary,
                "了解业主对维修质量和服务的满意程度", source, now);
        if (!visits.insert(v)) {
            return new OrderVisit(view(visits.bySource(source).orElseThrow()), false);
        }
        return new OrderVisit(VisitView.of(v, owner.household().label()), true);
    }

    public record OrderVisit(VisitView visit, boolean created) {
    }

    /**
     * The visit was made: what the owner raised is kept; issues not answered on the spot are escalated, complaints
     * handed to case-service. Nothing is stored when any issue is bad (its field is named with its index).
     */
    @Transactional
    public VisitView record(String id, String method, String notes, List<RaisedIssue> issues, Caller caller) {
        Visit before = visits.lock(id).orElseThrow(() -> unknown(id));
        if (!caller.hasAnyRole(Role.CALLBACK_AGENT, Role.SUPERVISOR)
                && !VisitPlans.managerOf(before.projectCode(), caller)) {
            throw new AccessRefused("visits are made by customer service or the project's manager");
        }
        VisitMethod m = method == null ? null : BadField.oneOf(VisitMethod.class, method, "method");
        Instant now = clock.instant();
        Visit after = before.record(m, notes, caller.subject(), now);
        visits.update(after);
        List<String> issueIds = new ArrayList<>();
        List<String> complaintIds = new ArrayList<>();
        int escalated = 0;
        List<RaisedIssue> raised = issues == null ? List.of() : issues;
        if (raised.size() > 50) {
            throw new BadField("issues", "at most 50 per visit");
        }
        for (int i = 0; i < raised.size(); i++) {
            RaisedIssue issue = raised.get(i);
            try {
                if (issue == null) {
                    throw new BadField("description", "is required");
                }
                if (Boolean.TRUE.equals(issue.complaint())) {
                    complaintIds.add(complain(after, issue.description(), caller.subject(), now));
                    continue;
                }
                Problem p = problems.raiseOnVisit(new OwnerSubject(after.projectCode(), after.id(), after.contactRef(),
                        issue.category()), issue.description(), issue.answer(), caller.subject());
                issueIds.add(p.id());
                escalated += p.status().name().equals("ESCALATED") ? 1 : 0;
            } catch (BadField bad) {
                throw new BadField("issues[" + i + "]." + bad.field(), bad.getMessage());
            }
        }
        outbox.append(CallbackTopics.CALLBACK_EVENTS, id, new VisitCompleted(id, after.projectCode(),
                after.contactRef(), after.kind().name(), after.method().name(), raised.size(), escalated,
                caller.subject(), now));
        return VisitView.of(after, household(after), issueIds, complaintIds);
    }

    private String complain(Visit v, String description, String by, Instant now) {
        if (description == null || description.isBlank() || description.length() > 2000) {
            throw new BadField("description", "say what the complaint is about (at most 2000 characters)");
        }
        String complaintId = UUID.randomUUID().toString();
        visits.insertComplaint(complaintId, v.id(), description, by, now);
        outbox.append(CallbackTopics.CALLBACK_EVENTS, complaintId, new ComplaintRaisedInCallback(complaintId,
                v.id(), null, null, null, PROPERTY_SERVICE, v.projectCode(), description, v.contactRef(), by, now));
        return complaintId;
    }

    @Transactional(readOnly = true)
    public List<VisitView> list(String project, String status, String owner, Caller caller) {
        if (project == null || project.isBlank()) {
            throw new BadField("project", "name the residential project");
        }
        VisitPlans.requireReader(project, caller);
        if (status != null) {
            BadField.oneOf(VisitStatus.class, status, "status");
        }
        return visits.list(project, status, owner, 500).stream().map(this::view).toList();
    }

    /** Every visit of a project, for its records (the custody feature checks who may read them). */
    @Transactional(readOnly = true)
    public List<VisitView> recordsOf(String project) {
        return visits.list(project, null, null, 10_000).stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public VisitView get(String id, Caller caller) {
        Visit v = visits.find(id).orElseThrow(() -> unknown(id));
        VisitPlans.requireReader(v.projectCode(), caller);
        return view(v);
    }

    private VisitView view(Visit v) {
        return VisitView.of(v, household(v));
    }

    private String household(Visit v) {
        return projects.owner(v.projectCode(), v.ownerId()).household().label();
    }

    private static NotFound unknown(String id) {
        return new NotFound("no visit " + id);
    }
}
