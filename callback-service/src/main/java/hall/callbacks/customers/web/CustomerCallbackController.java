package hall.callbacks.customers.web;

import hall.callbacks.customers.application.CustomerCallbacks;
import hall.callbacks.customers.application.RegularCallbackPlans;
import hall.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** A company's customer projects and the callbacks their rules schedule. */
@RestController
@RequestMapping("/api")
public class CustomerCallbackController {

    private final CustomerCallbacks callbacks;
    private final RegularCallbackPlans plans;

    public CustomerCallbackController(CustomerCallbacks callbacks, RegularCallbackPlans plans) {
        this.callbacks = callbacks;
        this.plans = plans;
    }

    public record RegularPlanRequest(List<RegularCallbackPlans.EntryRequest> entries) {
    }

    public record DecisionRequest(Boolean approved, String reason) {
    }

    /** {@code handledOn} defaults to today (hall time). */
    public record ComplaintHandledRequest(String handledOn, String summary) {
    }

    public record CustomerProjectRequest(String customer, String acceptedOn, String handedOverOn,
            Integer warrantyMonths, String convenientTimes) {
    }

    public record CompletionRequest(String notes) {
    }

    @PostMapping("/customer-projects")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('CALLBACK_AGENT','SUPERVISOR')")
    @Operation(summary = "Register a customer project; its after-sales and maintenance callbacks are scheduled")
    public CustomerCallbacks.ProjectView register(@RequestBody CustomerProjectRequest r) {
        return callbacks.register(r.customer(), r.acceptedOn(), r.handedOverOn(), r.warrantyMonths(),
                r.convenientTimes(), Caller.current());
    }

    @PostMapping("/customer-projects/{id}/regular-plans")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('CALLBACK_AGENT')")
    @Operation(summary = "Propose a regular callback plan: per callback its date, content and purpose")
    public RegularCallbackPlans.PlanView propose(@PathVariable String id, @RequestBody RegularPlanRequest r) {
        return plans.propose(id, r.entries(), Caller.current());
    }

    @GetMapping("/customer-projects/{id}/regular-plans")
    @PreAuthorize("hasAnyRole('CALLBACK_AGENT','SUPERVISOR')")
    @Operation(summary = "A customer project's regular callback plans with their status")
    public List<RegularCallbackPlans.PlanView> plans(@PathVariable String id) {
        return plans.list(id, Caller.current());
    }

    @GetMapping("/regular-plans/{id}")
    @PreAuthorize("hasAnyRole('CALLBACK_AGENT','SUPERVISOR')")
    @Operation(summary = "One regular callback plan")
    public RegularCallbackPlans.PlanView plan(@PathVariable String id) {
        return plans.get(id, Caller.current());
    }

    @PostMapping("/regular-plans/{id}/decision")
    @PreAuthorize("hasRole('SUPERVISOR')")
    @Operation(summary = "Approve a regular callback plan (its callbacks are scheduled) or send it back with a reason")
    public RegularCallbackPlans.PlanView decide(@PathVariable String id, @RequestBody DecisionRequest r) {
        return plans.decide(id, r.approved(), r.reason(), Caller.current());
    }

    @PostMapping("/customer-projects/{id}/complaints/{ref}/handled")
    @PreAuthorize("hasAnyRole('CALLBACK_AGENT','SUPERVISOR')")
    @Operation(summary = "A customer's complaint was handled: a COMPLAINT callback is due within working days"
            + " (201; the same complaint again 200 with the same callback)")
    @ApiResponse(responseCode = "201", description = "The complaint callback, scheduled now")
    @ApiResponse(responseCode = "200", description = "The complaint was reported handled before: its callback")
    public ResponseEntity<CustomerCallbacks.CallbackView> complaintHandled(@PathVariable String id,
            @PathVariable String ref, @RequestBody ComplaintHandledRequest r,
            @RequestHeader("Authorization") String authorization) {
        CustomerCallbacks.ComplaintCallback c = callbacks.complaintHandled(id, ref, r.handledOn(), r.summary(),
                Caller.current(), authorization);
        return ResponseEntity.status(c.created() ? HttpStatus.CREATED : HttpStatus.OK).body(c.callback());
    }

    @GetMapping("/callback-plans")
    @PreAuthorize("hasAnyRole('CALLBACK_AGENT','SUPERVISOR')")
    @Operation(summary = "Scheduled customer callbacks (after-sales, maintenance, approved regular ones, complaint"
            + " callbacks) with their state today (DUE, UPCOMING, OVERDUE, DONE) and the time to call")
    public List<CustomerCallbacks.CallbackView> plan(@RequestParam(required = false) String customerProject,
            @RequestParam(required = false) String state) {
        return callbacks.plan(customerProject, state, Caller.current());
    }

    @PostMapping("/callback-plans/{id}/completion")
    @PreAuthorize("hasAnyRole('CALLBACK_AGENT','SUPERVISOR')")
    @Operation(summary = "A scheduled customer callback was made")
    public CustomerCallbacks.CallbackView complete(@PathVariable String id, @RequestBody CompletionRequest r) {
        return callbacks.complete(id, r.notes(), Caller.current());
    }
}
