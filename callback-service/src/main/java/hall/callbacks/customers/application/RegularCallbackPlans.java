package hall.callbacks.customers.application;

import hall.callbacks.customers.domain.CustomerCallbackKind;
import hall.callbacks.customers.domain.CustomerCallbackSchedule;
import hall.callbacks.customers.domain.RegularCallbackPlan;
import hall.callbacks.customers.persistence.CustomerRepository;
import hall.callbacks.shared.AccessRefused;
import hall.callbacks.shared.AlreadyExists;
import hall.callbacks.shared.BadField;
import hall.callbacks.shared.NotFound;
import hall.security.Caller;
import hall.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Regular callback plans of customer projects: proposed by customer service (date, content and purpose per
 * callback), approved by the supervisor, who reviews the customer callbacks, or sent back with a reason. The
 * approval schedules the plan's REGULAR callbacks; a plan still proposed or sent back schedules nothing.
 */
@Service
public class RegularCallbackPlans {

    private final CustomerRepository customers;
    private final ZoneId zone;
    private final Clock clock;

    public RegularCallbackPlans(CustomerRepository customers, @Value("${platform.hall.zone-id}") ZoneId zone,
            Clock clock) {
        this.customers = customers;
        this.zone = zone;
        this.clock = clock;
    }

    /** One callback of a proposal as asked: {@code date} as 2027-01-15. */
    public record EntryRequest(String date, String content, String purpose) {
    }

    public record PlanView(String id, String customerProjectId, String status, List<RegularCallbackPlan.Entry> entries,
            String proposedBy, Instant proposedAt, String decidedBy, Instant decidedAt, String reason) {

        static PlanView of(RegularCallbackPlan p) {
            return new PlanView(p.id(), p.customerProjectId(), p.status().name(), p.entries(), p.proposedBy(),
                    p.proposedAt(), p.decidedBy(), p.decidedAt(), p.reason());
        }
    }

    @Transactional
    public PlanView propose(String projectId, List<EntryRequest> requested, Caller caller) {
        if (!caller.hasRole(Role.CALLBACK_AGENT)) {
            throw new AccessRefused("regular callback plans are proposed by customer service");
        }
        List<RegularCallbackPlan.Entry> entries = null;
        if (requested != null) {
            entries = new ArrayList<>();
            for (int i = 0; i < requested.size(); i++) {
                EntryRequest e = requested.get(i);
                entries.add(e == null ? null : new RegularCallbackPlan.Entry(
                        CustomerCallbacks.date(e.date(), "entries[" + i + "].date", true), e.content(), e.purpose()));
            }
        }
        Instant now = clock.instant();
        RegularCallbackPlan plan = RegularCallbackPlan.propose(UUID.randomUUID().toString(), projectId, entries,
                LocalDate.ofInstant(now, zone), caller.subject(), now);
        if (!customers.exists(projectId)) {
            throw unknownProject(projectId);
        }
        try {
            customers.insert(plan);
        } catch (DuplicateKeyException waiting) {
            throw new AlreadyExists("customerProject", "customer project " + projectId
                    + " has a regular callback plan waiting for its decision");
        }
        return PlanView.of(plan);
    }

    /** The supervisor approves the plan (its callbacks are scheduled) or sends it back with a reason. */
    @Transactional
    public PlanView decide(String id, Boolean approved, String reason, Caller caller) {
        if (!caller.hasRole(Role.SUPERVISOR)) {
            throw new AccessRefused("regular callback plans are approved by the customer-service supervisor");
        }
        RegularCallbackPlan before = customers.lockPlan(id).orElseThrow(() -> unknown(id));
        if (caller.subject().equals(before.proposedBy())) {
            throw new AccessRefused("a plan is decided by someone other than its proposer");
        }
        customers.lockProject(before.customerProjectId());
        RegularCallbackPlan.Decided d = before.decide(approved, reason, caller.subject(), clock.instant(),
                customers.lastSeq(before.customerProjectId(), CustomerCallbackKind.REGULAR));
        customers.update(d.plan());
        for (CustomerCallbackSchedule.Slot s : d.scheduled()) {
            customers.insert(UUID.randomUUID().toString(), before.customerProjectId(), s, id, null);
        }
        return PlanView.of(d.plan());
    }

    @Transactional(readOnly = true)
    public List<PlanView> list(String projectId, Caller caller) {
        CustomerCallbacks.requireCustomerService(caller);
        if (!customers.exists(projectId)) {
            throw unknownProject(projectId);
        }
        return customers.plansOf(projectId).stream().map(PlanView::of).toList();
    }

    @Transactional(readOnly = true)
    public PlanView get(String id, Caller caller) {
        CustomerCallbacks.requireCustomerService(caller);
        return PlanView.of(customers.findPlan(id).orElseThrow(() -> unknown(id)));
    }

    private static NotFound unknown(String id) {
        return new NotFound("no regular callback plan " + id);
    }

    private static NotFound unknownProject(String id) {
        return new NotFound("no customer project " + id);
    }
}
