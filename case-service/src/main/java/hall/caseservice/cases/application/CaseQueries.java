package hall.caseservice.cases.application;

import hall.security.ContactReadAudit;
import hall.caseservice.catalogue.application.Catalogue;
import hall.caseservice.cases.domain.Case;
import hall.caseservice.cases.domain.CaseStatus;
import hall.caseservice.cases.persistence.CaseFilter;
import hall.caseservice.cases.persistence.CaseRepository;
import hall.caseservice.cases.persistence.DeadlineReadModel;
import hall.caseservice.shared.AccessRefused;
import hall.caseservice.shared.HallClock;
import hall.caseservice.shared.NotFound;
import hall.cases.events.HandlingCategory;
import hall.security.Caller;
import hall.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

@Service
public class CaseQueries {

    private final CaseRepository cases;
    private final Catalogue catalogue;
    private final DeadlineReadModel deadlines;
    private final ApplicantNotices notices;
    private final ContactReadAudit audit;
    private final HallClock clock;

    public CaseQueries(CaseRepository cases, Catalogue catalogue, DeadlineReadModel deadlines,
            ApplicantNotices notices, ContactReadAudit audit, HallClock clock) {
        this.notices = notices;
        this.cases = cases;
        this.catalogue = catalogue;
        this.deadlines = deadlines;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether a case exists, for features that check a reference to one. */
    @Transactional(readOnly = true)
    public boolean exists(String id) {
        return cases.exists(id);
    }

    /**
     * The applicant of a case for a complaint the person raised in a callback (filed by the platform, not read by a
     * person, so not audited as a contact read); empty when there is no such case.
     */
    @Transactional(readOnly = true)
    public java.util.Optional<hall.caseservice.cases.domain.Applicant> applicantOf(String id) {
        return cases.find(id).map(Case::applicant);
    }

    @Transactional(readOnly = true)
    public CaseView get(String id, Caller caller) {
        Case c = cases.find(id).orElseThrow(() -> new NotFound("no case " + id));
        CaseAccess.requireReader(caller, c);
        return CaseView.of(c, deadlines.of(id), notices.of(id), CaseAccess.seesFullPersonalData(caller, c));
    }

    /** Full contact details for callback agents and the supervision office; the read is audited. */
    @Transactional
    public ContactDetails contact(String id, Caller caller) {
        if (!caller.hasAnyRole(Role.CALLBACK_AGENT, Role.SUPERVISOR)) {
            throw new AccessRefused("contact details are for callback agents and the supervision office only");
        }
        Case c = cases.find(id).orElseThrow(() -> new NotFound("no case " + id));
        audit.record(caller, "case", id);
        var a = c.applicant();
        return new ContactDetails(c.contactRef(), a.name(), a.phone(), a.idNumber(), a.callbackConsent());
    }

    public record PageView(List<CaseSummaryView> items, int page, int size, long total) {
    }

    /** A filtered page of cases, narrowed to what the caller may see. from and to are hall dates, inclusive. */
    @Transactional(readOnly = true)
    public PageView list(String window, HandlingCategory category, CaseStatus status, LocalDate from, LocalDate to,
            int page, int size, Caller caller) {
        String department = null;
        String subject = null;
        if (caller.hasAnyRole(Role.ADMIN, Role.SUPERVISOR, Role.CALLBACK_AGENT)) {
            // every case
        } else if (caller.hasRole(Role.CLERK)) {
            if (window != null && !window.equals(caller.windowCode())) {
                throw new AccessRefused("a clerk lists only the cases of window " + caller.windowCode());
            }
            window = caller.windowCode();
        } else if (caller.hasRole(Role.DEPARTMENT_OFFICER)) {
            department = caller.departmentCode();
        } else if (caller.hasRole(Role.APPLICANT)) {
            subject = caller.subject();
        } else {
            throw new AccessRefused("the caller's role may not list cases");
        }
        var filter = new CaseFilter(window, department, category, status,
                from == null ? null : from.atStartOfDay(clock.zone()).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(clock.zone()).toInstant(), subject);
        var result = cases.list(filter, page, size);
        return new PageView(result.items().stream().map(CaseSummaryView::of).toList(), page, size, result.total());
    }

    public record Ledger(String windowCode, String month, List<CaseSummaryView> cases) {
    }

    /** Every case the window received in the month (hall time): its 受理台帐, the frame callbacks sample from. */
    @Transactional(readOnly = true)
    public Ledger ledger(String windowCode, YearMonth month, Caller caller) {
        if (caller.hasRole(Role.CLERK) && !caller.hasAnyRole(Role.ADMIN, Role.SUPERVISOR, Role.CALLBACK_AGENT)) {
            if (!windowCode.equals(caller.windowCode())) {
                throw new AccessRefused("a clerk reads only the ledger of window " + caller.windowCode());
            }
        } else if (!caller.hasAnyRole(Role.ADMIN, Role.SUPERVISOR, Role.CALLBACK_AGENT)) {
            throw new AccessRefused("ledgers are for clerks, the supervision office, callback agents and admins");
        }
        catalogue.window(windowCode);
        var rows = cases.ledger(windowCode, month.atDay(1).atStartOfDay(clock.zone()).toInstant(),
                month.plusMonths(1).atDay(1).atStartOfDay(clock.zone()).toInstant());
        return new Ledger(windowCode, month.toString(), rows.stream().map(CaseSummaryView::of).toList());
    }
}
