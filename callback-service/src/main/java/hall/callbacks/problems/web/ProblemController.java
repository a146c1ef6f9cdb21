package hall.callbacks.problems.web;

import hall.callbacks.problems.application.Problems;
import hall.callbacks.problems.domain.Problem;
import hall.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
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

/** Problems found by callbacks and owners' issues raised on visits: assignment, rectification and closure. */
@RestController
@RequestMapping("/api/problems")
public class ProblemController {

    private final Problems problems;

    public ProblemController(Problems problems) {
        this.problems = problems;
    }

    public record RecordRequest(String callbackId, String description) {
    }

    public record RectificationRequest(String measures) {
    }

    public record ClosureRequest(String reason) {
    }

    public record AssignmentRequest(String department) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('CALLBACK_AGENT','SUPERVISOR')")
    @Operation(summary = "Record a problem raised during a callback (due date from deadline-service's calendar)")
    public Problem record(@RequestBody RecordRequest r, @RequestHeader("Authorization") String authorization) {
        return problems.record(r.callbackId(), r.description(), Caller.current(), authorization);
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('CALLBACK_AGENT','SUPERVISOR','ADMIN','CLERK','DEPARTMENT_OFFICER','PROPERTY_MANAGER')")
    @Operation(summary = "List problems by window, project and status, or only the overdue ones (scoped to the caller's window, department or project)")
    public List<Problem> list(@RequestParam(required = false) String window,
            @RequestParam(required = false) String project, @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "false") boolean overdue) {
        return problems.list(window, project, status, overdue, Caller.current());
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('CALLBACK_AGENT','SUPERVISOR','ADMIN','CLERK','DEPARTMENT_OFFICER','PROPERTY_MANAGER')")
    @Operation(summary = "A problem with its round, escalation level, due date and rectification")
    public Problem get(@PathVariable String id) {
        return problems.get(id, Caller.current());
    }

    @PostMapping("/{id}/rectification")
    @PreAuthorize("hasAnyRole('CLERK','DEPARTMENT_OFFICER','PROPERTY_MANAGER','SUPERVISOR')")
    @Operation(summary = "Report the measures taken (window clerk or department officer; for an owner's issue the project's manager or the supervisor); a re-callback task follows")
    public Problem rectify(@PathVariable String id, @RequestBody RectificationRequest r) {
        return problems.rectify(id, r.measures(), Caller.current());
    }

    @PostMapping("/{id}/closure")
    @PreAuthorize("hasAnyRole('SUPERVISOR','PROPERTY_MANAGER')")
    @Operation(summary = "Close a problem without a satisfied callback, with a written reason (supervision office; an owner's issue also its project's manager)")
    public Problem close(@PathVariable String id, @RequestBody ClosureRequest r) {
        return problems.close(id, r.reason(), Caller.current());
    }

    @PostMapping("/{id}/assignment")
    @PreAuthorize("hasAnyRole('SUPERVISOR','PROPERTY_MANAGER')")
    @Operation(summary = "Assign an escalated owner's issue to a department of the property company (due date from deadline-service's calendar)")
    public Problem assign(@PathVariable String id, @RequestBody AssignmentRequest r,
            @RequestHeader("Authorization") String authorization) {
        return problems.assign(id, r.department(), Caller.current(), authorization);
    }
}
