package hall.callbacks.customers.application;

import hall.callbacks.customers.domain.CustomerCallbackKind;
import hall.callbacks.customers.domain.CustomerCallbackSchedule;
import hall.callbacks.customers.domain.CustomerProject;
import hall.callbacks.customers.persistence.CustomerRepository;
import hall.callbacks.events.CallbackTopics;
import hall.callbacks.events.CustomerCallbackDue;
import hall.callbacks.shared.AccessRefused;
import hall.callbacks.shared.BadField;
import hall.callbacks.shared.NotFound;
import hall.callbacks.shared.RuleBroken;
import hall.callbacks.shared.remote.ServiceUnavailable;
import hall.callbacks.shared.remote.WorkingCalendar;
import hall.callbacks.visits.application.PreferredTimes;
import hall.eventing.outbox.EventOutbox;
import hall.security.Caller;
import hall.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/**
 * A company's customer callbacks: customer projects registered by customer service, the after-sales and
 * maintenance callbacks their dates call for (every {@code callbacks.customers.after-sales-interval-months}, 6, in
 * warranty), the REGULAR ones of approved plans ({@link RegularCallbackPlans}) and the COMPLAINT ones after a
 * customer's complaint was handled, shown as due, upcoming or overdue with the time to call, announced once when
 * due, and marked made.
 */
@Service
public class CustomerCallbacks {

    private final CustomerRepository customers;
    private final EventOutbox outbox;
    private final int intervalMonths;
    private final int complaintWorkingDays;
    private final WorkingCalendar calendar;
    private final PreferredTimes times;
    private final ZoneId zone;
    private final Clock clock;

    public CustomerCallbacks(CustomerRepository customers, EventOutbox outbox,
            @Value("${callbacks.customers.after-sales-interval-months:6}") int intervalMonths,
            @Value("${callbacks.customers.complaint-working-days:2}") int complaintWorkingDays,
            WorkingCalendar calendar, PreferredTimes times,
            @Value("${platform.hall.zone-id}") ZoneId zone, Clock clock) {
        this.customers = customers;
        this.outbox = outbox;
        this.intervalMonths = intervalMonths;
        this.complaintWorkingDays = complaintWorkingDays;
        this.calendar = calendar;
        this.times = times;
        this.zone = zone;
        this.clock = clock;
    }

    /**
     * A scheduled callback with its state today and the time of day to call ({@code callAt}): the start of the
     * customer's convenient times when they name one, never outside the calling hours or in the noon rest.
     */
    public record CallbackView(String id, String customerProjectId, String customer, String kind, int seq,
            LocalDate opensOn, LocalDate dueBy, String state, String convenientTimes, LocalTime callAt,
            String content, String purpose, String planId, String complaintRef, Instant doneAt, String doneBy,
            String notes) {
    }

    /** The callback after a complaint; {@code created} false when the complaint was reported handled before. */
    public record ComplaintCallback(CallbackView callback, boolean created) {
    }

    public record ProjectView(String id, String customer, LocalDate acceptedOn, LocalDate handedOverOn,
            int warrantyMonths, String convenientTimes, List<CallbackView> callbacks) {
    }

    @Transactional
    public ProjectView register(String customer, String acceptedOn, String handedOverOn, Integer warrantyMonths,
            String convenientTimes, Caller caller) {
        requireCustomerService(caller);
        CustomerProject p = CustomerProject.register(UUID.randomUUID().toString(), customer,
                date(acceptedOn, "acceptedOn", true), date(handedOverOn, "handedOverOn", false), warrantyMonths,
                convenientTimes, caller.subject(), clock.instant());
        customers.insert(p);
        for (CustomerCallbackSchedule.Slot s : CustomerCallbackSchedule.of(p.acceptedOn(), p.handedOverOn(),
                p.warrantyMonths(), intervalMonths)) {
            customers.insert(UUID.randomUUID().toString(), p.id(), s);
        }
        return new ProjectView(p.id(), p.customer(), p.acceptedOn(), p.handedOverOn(), p.warrantyMonths(),
                p.convenientTimes(), plan(p.id(), null, caller));
    }

    /** The scheduled callbacks, each with its state today; {@code state} keeps DUE, UPCOMING, OVERDUE or DONE. */
    @Transactional(readOnly = true)
    public List<CallbackView> plan(String customerProject, String state, Caller caller) {
        requireCustomerService(caller);
        if (state != null) {
            BadField.oneOf(CustomerCallbackSchedule.State.class, state, "state");
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        return customers.callbacks(customerProject).stream().map(r -> view(r, today))
                .filter(v -> state == null || v.state().equals(state)).toList();
    }

    /**
     * A complaint of the customer about the project (the company's own record, {@code ref}) was handled: a
     * COMPLAINT callback opens on the day it was handled and is due {@code callbacks.customers.complaint-working-days}
     * (2) working days later on deadline-service's calendar, asked with the caller's token. Once per complaint: the
     * same reference again answers the callback made the first time. While the calendar does not answer nothing is
     * stored (503 naming deadline-service).
     */
    @Transactional
    public ComplaintCallback complaintHandled(String projectId, String ref, String handledOn, String summary,
            Caller caller, String bearer) {
        requireCustomerService(caller);
        String source = "complaint:" + ref;
        customers.lockProject(projectId);
        if (!customers.exists(projectId)) {
            throw new NotFound("no customer project " + projectId);
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        var existing = customers.bySource(projectId, source);
        if (existing.isPresent()) {
            return new ComplaintCallback(view(existing.get(), today), false);
        }
        LocalDate handled = handledOn == null ? today : date(handledOn, "handledOn", true);
        CustomerCallbackSchedule.complaint(ref, handled, handled, 1, summary, today);
        LocalDate due = calendar.workingDaysAfter(handled, complaintWorkingDays, bearer)
                .orElseThrow(() -> new ServiceUnavailable(WorkingCalendar.SERVICE,
                        "the working-day calendar did not answer; nothing was stored, try again", true, null));
        CustomerCallbackSchedule.Slot slot = CustomerCallbackSchedule.complaint(ref, handled, due,
                customers.lastSeq(projectId, CustomerCallbackKind.COMPLAINT) + 1, summary, today);
        String id = UUID.randomUUID().toString();
        customers.insert(id, projectId, slot, null, source);
        return new ComplaintCallback(view(customers.lock(id).orElseThrow(), today), true);
    }

    @Transactional
    public CallbackView complete(String id, String notes, Caller caller) {
        requireCustomerService(caller);
        if (notes != null && notes.length() > 2000) {
            throw new BadField("notes", "at most 2000 characters");
        }
        CustomerRepository.CallbackRow r = customers.lock(id).orElseThrow(() -> new NotFound("no customer callback " + id));
        if (r.doneAt() != null) {
            throw new RuleBroken("status", "customer callback " + id + " was made already");
        }
        Instant now = clock.instant();
        customers.complete(id, caller.subject(), now, notes);
        return view(customers.lock(id).orElseThrow(), LocalDate.ofInstant(now, zone));
    }

    /** Announces each callback whose window has opened, once. */
    @Scheduled(fixedDelayString = "${callbacks.customers.watch-interval:60s}",
            initialDelayString = "${callbacks.customers.watch-interval:60s}")
    @Transactional
    public int announceDue() {
        int announced = 0;
        for (CustomerRepository.CallbackRow r : customers.dueUnannounced(LocalDate.ofInstant(clock.instant(), zone), 200)) {
            customers.announced(r.id());
            outbox.append(CallbackTopics.CALLBACK_EVENTS, r.id(), new CustomerCallbackDue(r.id(),
                    r.customerProjectId(), r.customer(), r.kind().name(), r.seq(), r.opensOn(), r.dueBy(),
                    r.convenientTimes()));
            announced++;
        }
        return announced;
    }

    private CallbackView view(CustomerRepository.CallbackRow r, LocalDate today) {
        return new CallbackView(r.id(), r.customerProjectId(), r.customer(), r.kind().name(), r.seq(), r.opensOn(),
                r.dueBy(), CustomerCallbackSchedule.state(r.opensOn(), r.dueBy(), r.doneAt() != null, today).name(),
                r.convenientTimes(), times.timeFor(r.convenientTimes()), r.content(), r.purpose(), r.planId(),
                r.sourceRef() == null ? null : r.sourceRef().substring("complaint:".length()), r.doneAt(),
                r.doneBy(), r.notes());
    }

    static void requireCustomerService(Caller caller) {
        if (!caller.hasAnyRole(Role.CALLBACK_AGENT, Role.SUPERVISOR)) {
            throw new AccessRefused("customer callbacks are kept by customer service and its supervisor");
        }
    }

    static LocalDate date(String text, String field, boolean required) {
        if (text == null) {
            if (required) {
                throw new BadField(field, "is required, as 2026-11-30");
            }
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadField(field, "a date as 2026-11-30");
        }
    }
}
