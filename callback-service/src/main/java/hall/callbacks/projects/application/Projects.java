package hall.callbacks.projects.application;

import hall.security.ContactReadAudit;
import hall.callbacks.events.CallbackTopics;
import hall.callbacks.projects.domain.Owner;
import hall.callbacks.projects.domain.OwnerDetails;
import hall.callbacks.projects.domain.ResidentialProject;
import hall.callbacks.projects.persistence.ProjectRepository;
import hall.callbacks.shared.AccessRefused;
import hall.callbacks.shared.AlreadyExists;
import hall.callbacks.shared.NotFound;
import hall.eventing.outbox.EventOutbox;
import hall.security.Caller;
import hall.security.PersonalDataMasking;
import hall.security.Role;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Residential projects and their owners: registered by ADMIN or the project's property manager, listed masked
 * to the staff who visit and call owners, read in full (audited) only by callback agents and supervisors.
 */
@Service
public class Projects {

    private final ProjectRepository projects;
    private final EventOutbox outbox;
    private final ContactReadAudit audit;
    private final Clock clock = Clock.systemUTC();

    public Projects(ProjectRepository projects, EventOutbox outbox, ContactReadAudit audit) {
        this.projects = projects;
        this.outbox = outbox;
        this.audit = audit;
    }

    public record ProjectView(String code, String name, String address, long owners, String createdBy,
            Instant createdAt) {

        static ProjectView of(ProjectRepository.ProjectRow row) {
            ResidentialProject p = row.project();
            return new ProjectView(p.code(), p.name(), p.address(), row.owners(), p.createdBy(), p.createdAt());
        }
    }

    /** An owner as listed: name, phone and ID number masked. */
    public record OwnerView(String id, String projectCode, String building, String unit, String room, String name,
            String phone, String idNumber, boolean contactConsent, String preferredContactTimes, String contactRef,
            Instant registeredAt) {

        static OwnerView masked(Owner o) {
            return new OwnerView(o.id(), o.projectCode(), o.household().building(), o.household().unit(),
                    o.household().room(), PersonalDataMasking.name(o.name()), PersonalDataMasking.phone(o.phone()),
                    PersonalDataMasking.idNumber(o.idNumber()), o.contactConsent(), o.preferredContactTimes(),
                    o.contactRef(), o.registeredAt());
        }
    }

    /** An owner's full contact details, for the audited read. */
    public record OwnerContact(String contactRef, String ownerId, String projectCode, String building, String unit,
            String room, String name, String phone, String idNumber, boolean contactConsent,
            String preferredContactTimes) {
    }

    public record OwnerPage(List<OwnerView> items, int page, int size, long total) {
    }

    @Transactional
    public ProjectView create(String code, String name, String address, Caller caller) {
        ResidentialProject project = ResidentialProject.create(code, name, address, caller.subject(), clock.instant());
        if (!caller.hasRole(Role.ADMIN) && !project.code().equals(caller.projectCode())) {
            throw new AccessRefused("a property manager registers only the project of its token");
        }
        if (projects.exists(project.code())) {
            throw new AlreadyExists("code", "project " + project.code() + " exists already");
        }
        try {
            projects.insert(project);
        } catch (DuplicateKeyException raced) {
            throw new AlreadyExists("code", "project " + project.code() + " exists already");
        }
        return new ProjectView(project.code(), project.name(), project.address(), 0, project.createdBy(),
                project.createdAt());
    }

    @Transactional(readOnly = true)
    public List<ProjectView> list(Caller caller) {
        if (caller.hasAnyRole(Role.ADMIN, Role.SUPERVISOR, Role.CALLBACK_AGENT)) {
            return projects.list(null).stream().map(ProjectView::of).toList();
        }
        if (caller.projectCode() == null) {
            return List.of();
        }
        return projects.list(caller.projectCode()).stream().map(ProjectView::of).toList();
    }

    @Transactional(readOnly = true)
    public ProjectView get(String code, Caller caller) {
        requireScope(code, caller);
        return projects.find(code).map(ProjectView::of).orElseThrow(() -> unknown(code));
    }

    @Transactional
    public OwnerView registerOwner(String code, OwnerDetails details, Caller caller) {
        if (!caller.hasRole(Role.ADMIN) && !(caller.hasRole(Role.PROPERTY_MANAGER) && code.equals(caller.projectCode()))) {
            throw new AccessRefused("owners are registered by ADMIN or the project's property manager");
        }
        ResidentialProject project = projects.find(code).map(ProjectRepository.ProjectRow::project)
                .orElseThrow(() -> unknown(code));
        ResidentialProject.Registration r = project.registerOwner(UUID.randomUUID().toString(), details,
                caller.subject(), clock.instant());
        Owner owner = r.owner();
        if (projects.householdTaken(code, owner.household())) {
            throw householdTaken(code, owner);
        }
        try {
            projects.insert(owner);
        } catch (DuplicateKeyException raced) {
            throw householdTaken(code, owner);
        }
        outbox.append(CallbackTopics.CALLBACK_EVENTS, owner.id(), r.event());
        return OwnerView.masked(owner);
    }

    @Transactional(readOnly = true)
    public OwnerPage owners(String code, int page, int size, Caller caller) {
        requireScope(code, caller);
        if (!projects.exists(code)) {
            throw unknown(code);
        }
        ProjectRepository.OwnerPage result = projects.owners(code, page, size);
        return new OwnerPage(result.items().stream().map(OwnerView::masked).toList(), page, size, result.total());
    }

    @Transactional
    public OwnerContact contact(String code, String ownerId, Caller caller) {
        if (!caller.hasAnyRole(Role.CALLBACK_AGENT, Role.SUPERVISOR)) {
            throw new AccessRefused("owners' contact details are for callback agents and the supervision office only");
        }
        Owner o = projects.findOwner(code, ownerId)
                .orElseThrow(() -> new NotFound("no owner " + ownerId + " in project " + code));
        audit.record(caller, "owner", o.id());
        return new OwnerContact(o.contactRef(), o.id(), o.projectCode(), o.household().building(),
                o.household().unit(), o.household().room(), o.name(), o.phone(), o.idNumber(), o.contactConsent(),
                o.preferredContactTimes());
    }

    /** Every owner of a project, household order, for the features that plan and make visits (no read audit: no contact details leave). */
    @Transactional(readOnly = true)
    public List<Owner> householdsOf(String code) {
        if (!projects.exists(code)) {
            throw unknown(code);
        }
        return projects.owners(code, 0, Integer.MAX_VALUE).items();
    }

    /** One owner of a project; 404 when the project has no such owner. */
    @Transactional(readOnly = true)
    public Owner owner(String code, String ownerId) {
        return projects.findOwner(code, ownerId)
                .orElseThrow(() -> new NotFound("no owner " + ownerId + " in project " + code));
    }

    /** The project exists; 404 otherwise. */
    public void requireExists(String code) {
        if (code == null || !projects.exists(code)) {
            throw unknown(code);
        }
    }

    /** A property manager sees only the project of its token; other staff roles see every project. */
    private static void requireScope(String code, Caller caller) {
        if (caller.hasAnyRole(Role.ADMIN, Role.SUPERVISOR, Role.CALLBACK_AGENT)) {
            return;
        }
        if (caller.hasRole(Role.PROPERTY_MANAGER) && code.equals(caller.projectCode())) {
            return;
        }
        throw new AccessRefused("a property manager sees only the project of its token");
    }

    private static NotFound unknown(String code) {
        return new NotFound("no residential project " + code);
    }

    private static AlreadyExists householdTaken(String code, Owner owner) {
        return new AlreadyExists("household", "household " + owner.household().label() + " of project " + code
                + " has a registered owner already");
    }
}
