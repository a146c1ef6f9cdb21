package hall.callbacks.custody.application;

import hall.callbacks.custody.domain.AccessRequest;
import hall.callbacks.custody.persistence.CustodyRepository;
import hall.callbacks.events.CallbackTopics;
import hall.callbacks.problems.application.Problems;
import hall.callbacks.problems.domain.Problem;
import hall.callbacks.projects.application.Projects;
import hall.callbacks.shared.AccessRefused;
import hall.callbacks.shared.BadField;
import hall.callbacks.shared.NotFound;
import hall.callbacks.visits.application.VisitView;
import hall.callbacks.visits.application.Visits;
import hall.eventing.outbox.EventOutbox;
import hall.security.Caller;
import hall.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The custody of a project's callback and visit records: a named custodian; customer service, the supervisors and
 * the project's manager read them directly; anyone else (another department) only under an access request granted
 * by the project's manager or a supervisor, for a limited time, and every such read is written to
 * {@code records_read}. Owners appear by household and contact reference only.
 */
@Service
public class ProjectRecords {

    private final CustodyRepository custody;
    private final Projects projects;
    private final Visits visits;
    private final Problems problems;
    private final EventOutbox outbox;
    private final Clock clock;

    public ProjectRecords(CustodyRepository custody, Projects projects, Visits visits, Problems problems,
            EventOutbox outbox, Clock clock) {
        this.custody = custody;
        this.projects = projects;
        this.visits = visits;
        this.problems = problems;
        this.outbox = outbox;
        this.clock = clock;
    }

    public record Records(String project, String custodian, String readUnder, List<VisitView> visits,
            List<Problem> ownerIssues) {
    }

    @Transactional
    public String setCustodian(String project, String custodian, Caller caller) {
        if (!caller.hasRole(Role.ADMIN) && !managerOf(project, caller)) {
            throw new AccessRefused("the project's manager names the custodian of its records");
        }
        if (custodian == null || custodian.isBlank() || custodian.length() > 100) {
            throw new BadField("custodian", "name the person who keeps the records (at most 100 characters)");
        }
        projects.requireExists(project);
        custody.setCustodian(project, custodian, caller.subject(), clock.instant());
        return custodian;
    }

    @Transactional
    public AccessRequest request(String project, String purpose, Integer days, Caller caller) {
        if (project == null || project.isBlank()) {
            throw new BadField("project", "name the residential project");
        }
        AccessRequest r = AccessRequest.request(UUID.randomUUID().toString(), project, purpose, caller.subject(),
                caller.departmentCode(), days, clock.instant());
        projects.requireExists(project);
        custody.insert(r);
        return r;
    }

    /** The responsible person grants (for the requested days) or denies (with a reason) a request. */
    @Transactional
    public AccessRequest decide(String id, Boolean approved, String reason, Caller caller) {
        if (approved == null) {
            throw new BadField("approved", "true to grant, false to deny");
        }
        AccessRequest before = custody.lock(id).orElseThrow(() -> unknown(id));
        if (!decides(before.projectCode(), caller)) {
            throw new AccessRefused("the project's manager or a supervisor decides access to its records");
        }
        AccessRequest.Decided d = before.decide(approved, reason, caller.subject(), clock.instant());
        custody.update(d.request());
        d.granted().ifPresent(e -> outbox.append(CallbackTopics.CALLBACK_EVENTS, id, e));
        return d.request();
    }

    @Transactional(readOnly = true)
    public List<AccessRequest> list(String project, Caller caller) {
        if (project != null && decides(project, caller)) {
            return custody.list(project, null);
        }
        return custody.list(project, caller.subject());
    }

    @Transactional(readOnly = true)
    public AccessRequest get(String id, Caller caller) {
        AccessRequest r = custody.find(id).orElseThrow(() -> unknown(id));
        if (!r.requestedBy().equals(caller.subject()) && !decides(r.projectCode(), caller)) {
            throw new AccessRefused("an access request is seen by its requester and whoever decides it");
        }
        return r;
    }

    /** The project's records: directly for its keepers, otherwise under a valid grant, audited. */
    @Transactional
    public Records records(String project, Caller caller) {
        projects.requireExists(project);
        String under = null;
        if (!readsDirectly(project, caller)) {
            Instant now = clock.instant();
            AccessRequest grant = custody.activeGrant(project, caller.subject(), now).orElseThrow(() ->
                    new AccessRefused("another department reads project " + project
                            + "'s records only under a granted access request"));
            custody.recordRead(grant.id(), project, caller.subject(), now);
            under = grant.id();
        }
        return new Records(project, custody.custodian(project).orElse(null), under, visits.recordsOf(project),
                problems.ownerIssuesOf(project));
    }

    private static boolean readsDirectly(String project, Caller caller) {
        return caller.hasAnyRole(Role.CALLBACK_AGENT, Role.SUPERVISOR) || managerOf(project, caller);
    }

    private static boolean decides(String project, Caller caller) {
        return caller.hasRole(Role.SUPERVISOR) || managerOf(project, caller);
    }

    private static boolean managerOf(String project, Caller caller) {
        return caller.hasRole(Role.PROPERTY_MANAGER) && project != null && project.equals(caller.projectCode());
    }

    private static NotFound unknown(String id) {
        return new NotFound("no access request " + id);
    }
}
