package hall.caseservice.complaints.application;

import hall.caseservice.cases.application.ContactDetails;
import hall.security.ContactReadAudit;
import hall.caseservice.catalogue.application.Catalogue;
import hall.caseservice.cases.application.CaseQueries;
import hall.caseservice.complaints.domain.Complaint;
import hall.caseservice.complaints.domain.ComplaintStatus;
import hall.caseservice.complaints.domain.ComplaintSubject;
import hall.caseservice.complaints.persistence.ComplaintRepository;
import hall.caseservice.shared.AccessRefused;
import hall.caseservice.shared.HallClock;
import hall.caseservice.shared.InvalidReference;
import hall.caseservice.shared.NotFound;
import hall.callbacks.events.ComplaintRaisedInCallback;
import hall.caseservice.cases.domain.Applicant;
import hall.cases.events.CaseTopics;
import hall.eventing.outbox.EventOutbox;
import hall.security.Caller;
import hall.security.PersonalDataMasking;
import hall.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Complaints: filed by anyone signed in, resolved by the supervision office, or by the property manager of the
 * project a property-service complaint is about. A property manager reads only its own project's property-service
 * complaints; a filer reads its own.
 */
@Service
public class Complaints {

    /** Roles that read every complaint. */
    private static final Role[] READ_ALL = {Role.SUPERVISOR, Role.ADMIN, Role.CALLBACK_AGENT};

    private final ComplaintRepository complaints;
    private final Catalogue catalogue;
    private final CaseQueries cases;
    private final EventOutbox outbox;
    private final ContactReadAudit audit;
    private final HallClock clock;

    public Complaints(ComplaintRepository complaints, Catalogue catalogue, CaseQueries cases,
            EventOutbox outbox, ContactReadAudit audit, HallClock clock) {
        this.complaints = complaints;
        this.catalogue = catalogue;
        this.cases = cases;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    public record ComplaintView(String id, ComplaintSubject subjectType, String subjectRef, String description,
            String complainantName, String complainantPhone, boolean callbackConsent, String filedBy, Instant filedAt,
            ComplaintStatus status, String outcome, String resolvedBy, Instant resolvedAt, String contactRef) {

        static ComplaintView of(Complaint c) {
            return new ComplaintView(c.id(), c.subjectType(), c.subjectRef(), c.description(),
                    PersonalDataMasking.name(c.complainantName()), PersonalDataMasking.phone(c.complainantPhone()),
                    c.callbackConsent(), c.filedBy(), c.filedAt(), c.status(), c.outcome(), c.resolvedBy(),
                    c.resolvedAt(), c.contactRef());
        }
    }

    @Transactional
    public ComplaintView file(ComplaintSubject type, String ref, String description, String name, String phone,
            boolean consent, Caller caller) {
        if (type != null && ref != null) {
            boolean known = switch (type) {
                case WINDOW -> catalogue.findWindow(ref).isPresent();
                case DEPARTMENT -> catalogue.findDepartment(ref).isPresent();
                case CASE -> cases.exists(ref);
                case PROPERTY_SERVICE -> true;
            };
            if (!known) {
                throw new InvalidReference("subjectRef", "unknown " + type.name().toLowerCase() + " " + ref);
            }
        }
        Complaint.Filing filing = Complaint.file(UUID.randomUUID().toString(), type, ref, description, name, phone,
                consent, caller.subject(), clock.now());
        complaints.insert(filing.complaint());
        outbox.append(CaseTopics.COMPLAINT_EVENTS, filing.complaint().id(), filing.event());
        return ComplaintView.of(filing.complaint());
    }

    /**
     * A complaint the person raised during one of callback-service's callbacks: filed once under the request id,
     * with the complainant's details from the case it concerns, the callback named in the description.
     */
    @Transactional
    public void fileFromCallback(ComplaintRaisedInCallback e) {
        if (complaints.find(e.complaintRequestId(), false).isPresent()) {
            return;
        }
        Applicant applicant = e.caseId() == null ? null
                : cases.applicantOf(e.caseId()).orElse(null);
        Complaint.Filing filing = Complaint.file(e.complaintRequestId(), ComplaintSubject.valueOf(e.subjectType()),
                e.subjectRef(), "回访中提出（回访任务 " + e.callbackId() + "）：" + e.description(),
                applicant == null ? null : applicant.name(), applicant == null ? null : applicant.phone(), true,
                e.raisedBy(), e.raisedAt());
        complaints.insert(filing.complaint());
        outbox.append(CaseTopics.COMPLAINT_EVENTS, filing.complaint().id(), filing.event());
    }

    @Transactional
    public ComplaintView resolve(String id, String outcome, Caller caller) {
        Complaint c = complaints.find(id, true).orElseThrow(() -> new NotFound("no complaint " + id));
        boolean mayResolve = caller.hasAnyRole(Role.SUPERVISOR, Role.ADMIN) || managesProjectOf(caller, c);
        if (!mayResolve) {
            throw new AccessRefused("complaints are resolved by the supervision office, property-service complaints"
                    + " also by the manager of the project");
        }
        Complaint.Resolution r = c.resolve(outcome, caller.subject(), clock.now());
        complaints.resolve(r.complaint());
        outbox.append(CaseTopics.COMPLAINT_EVENTS, id, r.event());
        return ComplaintView.of(r.complaint());
    }

    @Transactional(readOnly = true)
    public ComplaintView get(String id, Caller caller) {
        Complaint c = complaints.find(id, false).orElseThrow(() -> new NotFound("no complaint " + id));
        if (!caller.hasAnyRole(READ_ALL) && !managesProjectOf(caller, c) && !caller.subject().equals(c.filedBy())) {
            throw new AccessRefused("a complaint is read by its filer, the supervision office and, for property"
                    + " service, the manager of the project");
        }
        return ComplaintView.of(c);
    }

    public record PageView(List<ComplaintView> items, int page, int size, long total) {
    }

    @Transactional(readOnly = true)
    public PageView list(ComplaintSubject type, String ref, ComplaintStatus status, int page, int size,
            Caller caller) {
        String filedBy = null;
        if (!caller.hasAnyRole(READ_ALL)) {
            if (caller.hasRole(Role.PROPERTY_MANAGER)) {
                String project = caller.projectCode();
                if (project == null || project.isBlank()) {
                    throw new AccessRefused("the caller's token carries no project scope");
                }
                if ((type != null && type != ComplaintSubject.PROPERTY_SERVICE) || (ref != null && !ref.equals(project))) {
                    throw new AccessRefused("a property manager reads only project " + project
                            + "'s property-service complaints");
                }
                type = ComplaintSubject.PROPERTY_SERVICE;
                ref = project;
            } else {
                filedBy = caller.subject();
            }
        }
        var result = complaints.list(type, ref, status, filedBy, page, size);
        return new PageView(result.items().stream().map(ComplaintView::of).toList(), page, size, result.total());
    }

    /** A property manager's own project's property-service complaint. */
    private static boolean managesProjectOf(Caller caller, Complaint c) {
        return caller.hasRole(Role.PROPERTY_MANAGER) && c.subjectType() == ComplaintSubject.PROPERTY_SERVICE
                && caller.projectCode() != null && caller.projectCode().equals(c.subjectRef());
    }

    @Transactional
    public ContactDetails contact(String id, Caller caller) {
        if (!caller.hasAnyRole(Role.CALLBACK_AGENT, Role.SUPERVISOR)) {
            throw new AccessRefused("contact details are for callback agents and the supervision office only");
        }
        Complaint c = complaints.find(id, false).orElseThrow(() -> new NotFound("no complaint " + id));
        audit.record(caller, "complaint", id);
        return new ContactDetails(c.contactRef(), c.complainantName(), c.complainantPhone(), null,
                c.callbackConsent());
    }
}
