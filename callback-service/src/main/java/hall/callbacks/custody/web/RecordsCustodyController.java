package hall.callbacks.custody.web;

import hall.callbacks.custody.application.ProjectRecords;
import hall.callbacks.custody.domain.AccessRequest;
import hall.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** The custody of projects' callback and visit records and the access requests of other departments. */
@RestController
@RequestMapping("/api")
public class RecordsCustodyController {

    private final ProjectRecords records;

    public RecordsCustodyController(ProjectRecords records) {
        this.records = records;
    }

    public record CustodianRequest(String custodian) {
    }

    public record AccessRequestBody(String project, String purpose, Integer days) {
    }

    public record DecisionRequest(Boolean approved, String reason) {
    }

    @PutMapping("/projects/{code}/records-custodian")
    @PreAuthorize("hasAnyRole('PROPERTY_MANAGER','ADMIN')")
    @Operation(summary = "Name the custodian of a project's callback and visit records (the project's manager)")
    public Map<String, String> custodian(@PathVariable String code, @RequestBody CustodianRequest r) {
        return Map.of("project", code, "custodian", records.setCustodian(code, r.custodian(), Caller.current()));
    }

    @GetMapping("/projects/{code}/records")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "A project's visit records and owners' issues: for customer service, supervisors and its manager; others under a granted access request (every read audited)")
    public ProjectRecords.Records read(@PathVariable String code) {
        return records.records(code, Caller.current());
    }

    @PostMapping("/access-requests")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Ask to read a project's records for a purpose, for 1-30 days (default 7)")
    public AccessRequest request(@RequestBody AccessRequestBody r) {
        return records.request(r.project(), r.purpose(), r.days(), Caller.current());
    }

    @PostMapping("/access-requests/{id}/decision")
    @PreAuthorize("hasAnyRole('PROPERTY_MANAGER','SUPERVISOR')")
    @Operation(summary = "Grant (for the requested days) or deny (with a reason) an access request: the project's manager or a supervisor")
    public AccessRequest decide(@PathVariable String id, @RequestBody DecisionRequest r) {
        return records.decide(id, r.approved(), r.reason(), Caller.current());
    }

    @GetMapping("/access-requests")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "Access requests: a project's for whoever decides them, else the caller's own")
    public List<AccessRequest> list(@RequestParam(required = false) String project) {
        return records.list(project, Caller.current());
    }

    @GetMapping("/access-requests/{id}")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "One access request (its requester or whoever decides it)")
    public AccessRequest get(@PathVariable String id) {
        return records.get(id, Caller.current());
    }
}
