package hall.callbacks.visits.web;

import hall.callbacks.visits.application.VisitPlans;
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

/** Monthly owner visit plans and the project manager's decision. */
@RestController
@RequestMapping("/api/visit-plans")
public class VisitPlanController {

    private final VisitPlans plans;

    public VisitPlanController(VisitPlans plans) {
        this.plans = plans;
    }

    public record PlanRequest(String project, String month) {
    }

    public record DecisionRequest(Boolean approved, String reason) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('CALLBACK_AGENT','PROPERTY_MANAGER')")
    @Operation(summary = "Propose a project's visit plan for a month from the cadence rules (409 when the month has one)")
    public VisitPlans.PlanView propose(@RequestBody PlanRequest r) {
        return plans.propose(r.project(), r.month(), Caller.current());
    }

    @PostMapping("/{id}/decision")
    @PreAuthorize("hasRole('PROPERTY_MANAGER')")
    @Operation(summary = "Approve a visit plan (its visits are released) or send it back with a reason (the project's manager)")
    public VisitPlans.PlanView decide(@PathVariable String id, @RequestBody DecisionRequest r) {
        return plans.decide(id, r.approved(), r.reason(), Caller.current());
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('CALLBACK_AGENT','SUPERVISOR','ADMIN','PROPERTY_MANAGER')")
    @Operation(summary = "A visit plan with its visits")
    public VisitPlans.PlanView get(@PathVariable String id) {
        return plans.get(id, Caller.current());
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('CALLBACK_AGENT','SUPERVISOR','ADMIN','PROPERTY_MANAGER')")
    @Operation(summary = "Visit plans by project and month (a manager sees its project's)")
    public List<VisitPlans.PlanView> list(@RequestParam(required = false) String project,
            @RequestParam(required = false) String month) {
        return plans.list(project, month, Caller.current());
    }
}
