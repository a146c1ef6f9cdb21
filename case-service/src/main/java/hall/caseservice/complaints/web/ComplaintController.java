package hall.caseservice.complaints.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import hall.caseservice.cases.application.ContactDetails;
import hall.caseservice.cases.web.CaseRequests;
import hall.caseservice.complaints.application.Complaints;
import hall.caseservice.complaints.domain.ComplaintStatus;
import hall.caseservice.complaints.domain.ComplaintSubject;
import hall.security.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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

@RestController
@RequestMapping("/api/complaints")
public class ComplaintController {

    private final Complaints complaints;

    public ComplaintController(Complaints complaints) {
        this.complaints = complaints;
    }

    public record FileRequest(@NotNull ComplaintSubject subjectType, @NotBlank @Size(max = 200) String subjectRef,
            @NotBlank @Size(max = 4000) String description, @Size(max = 100) String complainantName,
            @Pattern(regexp = CaseRequests.PHONE, message = "must be a mainland mobile number or a landline with "
                    + "area code") String complainantPhone,
            Boolean callbackConsent) {
    }

    public record ResolutionRequest(@NotBlank @Size(max = 4000) String outcome) {
    }

    @Operation(summary = "File a complaint about a case, a window or a department")
    @ApiResponse(responseCode = "422", description = "A rule or a reference refuses the request")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public Complaints.ComplaintView file(@Valid @RequestBody FileRequest r) {
        return complaints.file(r.subjectType(), r.subjectRef(), r.description(), r.complainantName(),
                r.complainantPhone(), Boolean.TRUE.equals(r.callbackConsent()), Caller.current());
    }

    @ResponseStatus(HttpStatus.OK)
    @Operation(summary = "Resolve a complaint with its outcome")
    @ApiResponse(responseCode = "409", description = "The state does not allow this")
    @PostMapping("/{id}/resolution")
    public Complaints.ComplaintView resolve(@PathVariable String id, @Valid @RequestBody ResolutionRequest r) {
        return complaints.resolve(id, r.outcome(), Caller.current());
    }

    @Operation(summary = "Read a complaint")
    @GetMapping("/{id}")
    public Complaints.ComplaintView get(@PathVariable String id) {
        return complaints.get(id, Caller.current());
    }

    @Operation(summary = "List complaints by subject and status, page by page")
    @GetMapping
    public Complaints.PageView list(@RequestParam(required = false) ComplaintSubject subjectType,
            @RequestParam(required = false) String subjectRef, @RequestParam(required = false) ComplaintStatus status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return complaints.list(subjectType, subjectRef, status, page, size, Caller.current());
    }

    @Operation(summary = "Read the complainant's full contact details (audited)")
    @GetMapping("/{id}/contact")
    @PreAuthorize("hasAnyRole('CALLBACK_AGENT','SUPERVISOR')")
    public ContactDetails contact(@PathVariable String id) {
        return complaints.contact(id, Caller.current());
    }
}
