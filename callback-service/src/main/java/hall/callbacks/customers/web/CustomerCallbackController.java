package hall.callbacks.customers.web;

import hall.callbacks.customers.application.CustomerCallbacks;
import hall.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
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

    public CustomerCallbackController(CustomerCallbacks callbacks) {
        this.callbacks = callbacks;
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

    @GetMapping("/callback-plans")
    @PreAuthorize("hasAnyRole('CALLBACK_AGENT','SUPERVISOR')")
    @Operation(summary = "Scheduled customer callbacks with their state today (DUE, UPCOMING, OVERDUE, DONE)")
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
