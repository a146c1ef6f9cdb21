package hall.callbacks.visits.web;

import hall.callbacks.visits.application.VisitView;
import hall.callbacks.visits.application.Visits;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** Owner visits: ad hoc ones, the record of a visit made, and the callbacks of finished service orders. */
@RestController
@RequestMapping("/api")
public class VisitController {

    private final Visits visits;

    public VisitController(Visits visits) {
        this.visits = visits;
    }

    public record VisitRequest(String project, String ownerId, String kind, String method, LocalDate plannedOn,
            LocalTime plannedAt, String content, String purpose) {
    }

    public record RecordRequest(String method, String notes, List<Visits.RaisedIssue> issues) {
    }

    public record CompletionRequest(String project, String ownerId, String kind, String summary,
            Instant finishedAt) {
    }

    @PostMapping("/visits")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('CALLBACK_AGENT','PROPERTY_MANAGER')")
    @Operation(summary = "Plan an ad hoc visit of an owner (SPECIAL, e.g. after an incident)")
    public VisitView plan(@RequestBody VisitRequest r) {
        return visits.planAdHoc(r.project(), r.ownerId(), r.kind(), r.method(), r.plannedOn(), r.plannedAt(),
                r.content(), r.purpose(), Caller.current());
    }

    @PostMapping("/visits/{id}/record")
    @PreAuthorize("hasAnyRole('CALLBACK_AGENT','SUPERVISOR','PROPERTY_MANAGER')")
    @Operation(summary = "Record a visit made: what the owner raised (answered on the spot, escalated, or a complaint)")
    public VisitView record(@PathVariable String id, @RequestBody RecordRequest r) {
        return visits.record(id, r.method(), r.notes(), r.issues(), Caller.current());
    }

    @GetMapping("/visits")
    @PreAuthorize("hasAnyRole('CALLBACK_AGENT','SUPERVISOR','ADMIN','PROPERTY_MANAGER')")
    @Operation(summary = "A project's visits by status and owner")
    public List<VisitView> list(@RequestParam(required = false) String project,
            @RequestParam(required = false) String status, @RequestParam(required = false) String owner) {
        return visits.list(project, status, owner, Caller.current());
    }

    @GetMapping("/visits/{id}")
    @PreAuthorize("hasAnyRole('CALLBACK_AGENT','SUPERVISOR','ADMIN','PROPERTY_MANAGER')")
    @Operation(summary = "One visit")
    public VisitView get(@PathVariable String id) {
        return visits.get(id, Caller.current());
    }

    @PostMapping("/service-orders/{ref}/completion")
    @PreAuthorize("hasRole('PROPERTY_MANAGER')")
    @Operation(summary = "A finished paid service or repair order (the property system): one callback visit per order reference")
    @ApiResponse(responseCode = "201", description = "The callback visit of the order, planned now")
    @ApiResponse(responseCode = "200", description = "The order was reported before: its callback visit")
    public ResponseEntity<VisitView> completed(@PathVariable String ref, @RequestBody CompletionRequest r) {
        Visits.OrderVisit v = visits.serviceOrderCompleted(ref, r.project(), r.ownerId(), r.kind(), r.summary(),
                r.finishedAt(), Caller.current());
        return ResponseEntity.status(v.created() ? HttpStatus.CREATED : HttpStatus.OK).body(v.visit());
    }
}
