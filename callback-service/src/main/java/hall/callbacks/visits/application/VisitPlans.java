package hall.callbacks.visits.application;

import hall.callbacks.events.CallbackTopics;
import hall.callbacks.events.VisitPlanApproved;
import hall.callbacks.projects.application.Projects;
import hall.callbacks.projects.domain.Owner;
import hall.callbacks.shared.AccessRefused;
import hall.callbacks.shared.AlreadyExists;
import hall.callbacks.shared.BadField;
import hall.callbacks.shared.NotFound;
import hall.callbacks.tasks.application.CallingProperties;
import hall.callbacks.shared.PlanStatus;
import hall.callbacks.visits.domain.Visit;
import hall.callbacks.visits.domain.VisitKind;
import hall.callbacks.visits.domain.VisitPlan;
import hall.callbacks.visits.domain.VisitPlanner;
import hall.callbacks.visits.domain.VisitStatus;
import hall.callbacks.visits.domain.VisitTiming;
import hall.callbacks.visits.persistence.VisitRepository;
import hall.eventing.outbox.EventOutbox;
import hall.security.Caller;
import hall.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Monthly owner visit plans: proposed by customer service or the project's manager from the cadence rules,
 * approved (or sent back with a reason) by the project's manager; approval releases the visits.
 */
@Service
public class VisitPlans {

    private final VisitRepository visits;
    private final Projects projects;
    private final EventOutbox outbox;
    private final VisitProperties properties;
    private final VisitTiming timing;
    private final ZoneId zone;
    private final Clock clock;

    public VisitPlans(VisitRepository visits, Projects projects, EventOutbox outbox, VisitProperties properties,
            CallingProperties calling, @Value("${platform.hall.zone-id}") ZoneId zone, Clock clock) {
        this.visits = visits;
        this.projects = projects;
        this.outbox = outbox;
        this.properties = properties;
        this.timing = properties.timing(calling.from(), calling.to());
        this.zone = zone;
        this.clock = clock;
    }

    public record PlanView(String id, String project, String month, String status, int cycleMonths,
            int households, String proposedBy, Instant proposedAt, String decidedBy, Instant decidedAt,
            String reason, List<VisitView> visits) {
    }

    @Transactional
    public PlanView propose(String project, String monthText, Caller caller) {
        if (project == null || project.isBlank()) {
            throw new BadField("project", "name the residential project");
        }
        if (!caller.hasRole(Role.CALLBACK_AGENT) && !managerOf(project, caller)) {
            throw new AccessRefused("visit plans are proposed by customer service or the project's manager");
        }
        YearMonth month = month(monthText);
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        if (month.isBefore(YearMonth.from(today))) {
            throw new BadField("month", "plan the current or a coming month");
        }
        projects.requireExists(project);
        if (visits.monthTaken(project, month)) {
            throw new AlreadyExists("month", "project " + project + " has a plan for " + month + " already");
        }
        List<Owner> owners = projects.householdsOf(project);
        Map<String, LocalDate> last = visits.lastVisits(project, zone);
        int cycle = properties.cycleOf(project);
        List<VisitPlanner.PlannedVisit> planned = new VisitPlanner(cycle, timing).plan(month,
                month.equals(YearMonth.from(today)) ? today.plusDays(1) : month.atDay(1),
                owners.stream().map(o -> new VisitPlanner.Household(o.id(), last.get(o.id()), o.contactConsent(),
                        o.preferredContactTimes())).toList());
        Instant now = clock.instant();
        VisitPlan plan = VisitPlan.propose(UUID.randomUUID().toString(), project, month, caller.subject(), now);
        try {
            visits.insert(plan);
        } catch (DuplicateKeyException raced) {
            throw new AlreadyExists("month", "project " + project + " has a plan for " + month + " already");
        }
        for (VisitPlanner.PlannedVisit p : planned) {
            visits.insert(Visit.plan(UUID.randomUUID().toString(), project, p.ownerId(), plan.id(),
                    VisitKind.PERIODIC, p.method(), VisitStatus.PROPOSED, p.date(), p.time(),
                    properties.periodicContent(), properties.periodicPurpose(), null, now));
        }
        return view(plan, owners);
    }

    /** The project's manager approves the plan (its visits are released) or sends it back with a reason. */
    @Transactional
    public PlanView decide(String id, Boolean approved, String reason, Caller caller) {
        if (approved == null) {
            throw new BadField("approved", "true to approve, false to send the plan back");
        }
        VisitPlan before = visits.lockPlan(id).orElseThrow(() -> unknown(id));
        if (!managerOf(before.projectCode(), caller)) {
            throw new AccessRefused("the project's manager approves its visit plans");
        }
        VisitPlan after = before.decide(approved, reason, caller.subject(), clock.instant());
        visits.update(after);
        visits.setPlanVisits(id, approved ? VisitStatus.PLANNED : VisitStatus.WITHDRAWN);
        if (after.status() == PlanStatus.APPROVED) {
            outbox.append(CallbackTopics.CALLBACK_EVENTS, id, new VisitPlanApproved(id, after.projectCode(),
                    after.month().toString(), visits.ofPlan(id).stream().map(Visit::id).toList(), caller.subject(),
                    after.decidedAt()));
        }
        return view(after, projects.householdsOf(after.projectCode()));
    }

    @Transactional(readOnly = true)
    public PlanView get(String id, Caller caller) {
        VisitPlan plan = visits.findPlan(id).orElseThrow(() -> unknown(id));
        requireReader(plan.projectCode(), caller);
        return view(plan, projects.householdsOf(plan.projectCode()));
    }

    @Transactional(readOnly = true)
    public List<PlanView> list(String project, String monthText, Caller caller) {
        String scoped = project;
        if (!caller.hasAnyRole(Role.CALLBACK_AGENT, Role.SUPERVISOR, Role.ADMIN)) {
            if (project != null && !managerOf(project, caller)) {
                throw new AccessRefused("a property manager sees only the plans of its project");
            }
            scoped = caller.projectCode();
        }
        String month = monthText == null ? null : month(monthText).toString();
        return visits.plans(scoped, month).stream()
                .map(p -> view(p, projects.householdsOf(p.projectCode()))).toList();
    }

    private PlanView view(VisitPlan p, List<Owner> owners) {
        Map<String, Owner> byId = owners.stream().collect(Collectors.toMap(Owner::id, Function.identity()));
        List<VisitView> planned = visits.ofPlan(p.id()).stream()
                .map(v -> VisitView.of(v, byId.get(v.ownerId()).household().label())).toList();
        return new PlanView(p.id(), p.projectCode(), p.month().toString(), p.status().name(),
                properties.cycleOf(p.projectCode()), owners.size(), p.proposedBy(), p.proposedAt(), p.decidedBy(),
                p.decidedAt(), p.reason(), planned);
    }

    static boolean managerOf(String project, Caller caller) {
        return caller.hasRole(Role.PROPERTY_MANAGER) && project != null && project.equals(caller.projectCode());
    }

    static void requireReader(String project, Caller caller) {
        if (!caller.hasAnyRole(Role.CALLBACK_AGENT, Role.SUPERVISOR, Role.ADMIN) && !managerOf(project, caller)) {
            throw new AccessRefused("a property manager sees only the visits of its project");
        }
    }

    private static YearMonth month(String text) {
        if (text == null) {
            throw new BadField("month", "is required, as 2026-12");
        }
        try {
            return YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadField("month", "a month as 2026-12");
        }
    }

    private static NotFound unknown(String id) {
        return new NotFound("no visit plan " + id);
    }
}
