package hall.caseservice.cases.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import hall.caseservice.cases.application.CaseCommands;
import hall.caseservice.cases.application.CaseQueries;
import hall.caseservice.cases.application.CaseView;
import hall.caseservice.cases.application.ContactDetails;
import hall.caseservice.cases.application.IntakeAnswer;
import hall.caseservice.cases.application.SubmitCase;
import hall.caseservice.cases.domain.CaseStatus;
import hall.caseservice.cases.domain.RequestedItem;
import hall.caseservice.cases.web.CaseRequests.AuthorityReplyRequest;
import hall.caseservice.cases.web.CaseRequests.CompletionRequest;
import hall.caseservice.cases.web.CaseRequests.JointDecisionRequest;
import hall.caseservice.cases.web.CaseRequests.MaterialsRequest;
import hall.caseservice.cases.web.CaseRequests.ReportRequest;
import hall.caseservice.cases.web.CaseRequests.ReturnRequest;
import hall.caseservice.cases.web.CaseRequests.SubmitRequest;
import hall.caseservice.cases.web.CaseRequests.SupplementRequest;
import hall.caseservice.cases.web.CaseRequests.SuspensionEndRequest;
import hall.caseservice.cases.web.CaseRequests.SuspensionRequest;
import hall.cases.events.HandlingCategory;
import hall.security.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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

import java.net.URI;
import java.time.LocalDate;

/** Intake, actions and queries of cases. Roles and scopes are checked in the application layer. */
@RestController
@RequestMapping("/api/cases")
public class CaseController {

    private final CaseCommands commands;
    private final CaseQueries queries;

    public CaseController(CaseCommands commands, CaseQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    @Operation(summary = "Submit a case at a window (idempotent with Idempotency-Key)")
    @ApiResponse(responseCode = "201", description = "The case, as accepted for handling; Location names it",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = CaseView.class)))
    @ApiResponse(responseCode = "409", description = "The Idempotency-Key was used for another request")
    @ApiResponse(responseCode = "422", description = "A rule or a reference refuses the request")
    @PostMapping
    @PreAuthorize("hasAnyRole('APPLICANT','CLERK','SUPERVISOR','ADMIN')")
    public ResponseEntity<String> submit(@Valid @RequestBody SubmitRequest r,
            @RequestHeader(name = "Idempotency-Key", required = false)
            @Size(min = 1, max = 100) @Pattern(regexp = "[\\x21-\\x7e]+") String idempotencyKey) {
        var a = r.applicant();
        SubmitCase command = new SubmitCase(a.name().strip(), a.phone(), a.idNumber() == null ? null
                : a.idNumber().toUpperCase(), a.callbackConsent(), a.subject(), r.matterCode(), r.windowCode(),
                r.materials(), r.receivedAt());
        IntakeAnswer answer = commands.submit(command, idempotencyKey, Caller.current());
        var builder = ResponseEntity.status(answer.status()).contentType(MediaType.APPLICATION_JSON)
                .location(URI.create("/api/cases/" + answer.caseId()));
        if (answer.replayed()) {
            builder.header("Idempotent-Replayed", "true");
        }
        return builder.body(answer.body());
    }

    @Operation(summary = "Read a case with its history and due date")
    @GetMapping("/{id}")
    public CaseView get(@PathVariable String id) {
        return queries.get(id, Caller.current());
    }

    @Operation(summary = "List cases by window, category, status and receipt dates, page by page")
    @GetMapping
    public CaseQueries.PageView list(@RequestParam(required = false) String window,
            @RequestParam(required = false) HandlingCategory category,
            @RequestParam(required = false) CaseStatus status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") @Min(0) @Max(100000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        return queries.list(window, category, status, from, to, page, size, Caller.current());
    }

    @Operation(summary = "Read the applicant's full contact details (audited)")
    @GetMapping("/{id}/contact")
    @PreAuthorize("hasAnyRole('CALLBACK_AGENT','SUPERVISOR')")
    public ContactDetails contact(@PathVariable String id) {
        return queries.contact(id, Caller.current());
    }

    @ResponseStatus(HttpStatus.OK)
    @Operation(summary = "Accept a case for handling")
    @ApiResponse(responseCode = "409", description = "The state does not allow this")
    @ApiResponse(responseCode = "422", description = "A rule or a reference refuses the request")
    @PostMapping("/{id}/acceptance")
    public CaseView accept(@PathVariable String id) {
        return commands.accept(id, Caller.current());
    }

    @ResponseStatus(HttpStatus.OK)
    @Operation(summary = "Ask the applicant for missing materials (one-time supplement notice)")
    @ApiResponse(responseCode = "409", description = "The state does not allow this")
    @ApiResponse(responseCode = "422", description = "A rule or a reference refuses the request")
    @PostMapping("/{id}/supplement-requests")
    public CaseView requestSupplement(@PathVariable String id, @Valid @RequestBody SupplementRequest r) {
        return commands.requestSupplement(id, r.items().stream()
                .map(i -> new RequestedItem(i.code(), i.name(), i.reason())).toList(), r.justification(),
                Caller.current());
    }

    @ResponseStatus(HttpStatus.OK)
    @Operation(summary = "Record materials the applicant supplied")
    @ApiResponse(responseCode = "409", description = "The state does not allow this")
    @ApiResponse(responseCode = "422", description = "A rule or a reference refuses the request")
    @PostMapping("/{id}/materials")
    public CaseView supplyMaterials(@PathVariable String id, @Valid @RequestBody MaterialsRequest r) {
        return commands.supplyMaterials(id, r.items(), Caller.current());
    }

    @ResponseStatus(HttpStatus.OK)
    @Operation(summary = "Return a case with the reason and its policy basis")
    @ApiResponse(responseCode = "409", description = "The state does not allow this")
    @ApiResponse(responseCode = "422", description = "A rule or a reference refuses the request")
    @PostMapping("/{id}/returns")
    public CaseView returnCase(@PathVariable String id, @Valid @RequestBody ReturnRequest r) {
        return commands.returnCase(id, r.reason(), r.policyBasis(), Caller.current());
    }

    @ResponseStatus(HttpStatus.OK)
    @Operation(summary = "Suspend a case (the deadline stops running)")
    @ApiResponse(responseCode = "409", description = "The state does not allow this")
    @ApiResponse(responseCode = "422", description = "A rule or a reference refuses the request")
    @PostMapping("/{id}/suspensions")
    public CaseView suspend(@PathVariable String id, @Valid @RequestBody SuspensionRequest r) {
        return commands.suspend(id, r.reason(), r.note(), Caller.current());
    }

    @ResponseStatus(HttpStatus.OK)
    @Operation(summary = "End a suspension (the deadline runs again)")
    @ApiResponse(responseCode = "409", description = "The state does not allow this")
    @ApiResponse(responseCode = "422", description = "A rule or a reference refuses the request")
    @PostMapping("/{id}/suspensions/{suspensionId}/end")
    public CaseView endSuspension(@PathVariable String id, @PathVariable String suspensionId,
            @Valid @RequestBody(required = false) SuspensionEndRequest r) {
        return commands.endSuspension(id, suspensionId, r == null ? null : r.note(), Caller.current());
    }

    @ResponseStatus(HttpStatus.OK)
    @Operation(summary = "Report a case to the higher authority")
    @ApiResponse(responseCode = "409", description = "The state does not allow this")
    @ApiResponse(responseCode = "422", description = "A rule or a reference refuses the request")
    @PostMapping("/{id}/reports")
    public CaseView report(@PathVariable String id, @Valid @RequestBody ReportRequest r) {
        return commands.report(id, r.authority(), r.reportedAt(), Caller.current());
    }

    @ResponseStatus(HttpStatus.OK)
    @Operation(summary = "Record the higher authority's reply")
    @ApiResponse(responseCode = "409", description = "The state does not allow this")
    @ApiResponse(responseCode = "422", description = "A rule or a reference refuses the request")
    @PostMapping("/{id}/authority-replies")
    public CaseView authorityReply(@PathVariable String id, @Valid @RequestBody AuthorityReplyRequest r) {
        return commands.recordAuthorityReply(id, r.approved(), r.reply(), r.repliedAt(), Caller.current());
    }

    @ResponseStatus(HttpStatus.OK)
    @Operation(summary = "Record a department's decision on its part of a joint case")
    @ApiResponse(responseCode = "409", description = "The state does not allow this")
    @ApiResponse(responseCode = "422", description = "A rule or a reference refuses the request")
    @PostMapping("/{id}/joint-parts/{departmentCode}/decisions")
    public CaseView decideJointPart(@PathVariable String id, @PathVariable String departmentCode,
            @Valid @RequestBody JointDecisionRequest r) {
        return commands.decideJointPart(id, departmentCode, r.approved(), r.reason(), Caller.current());
    }

    @ResponseStatus(HttpStatus.OK)
    @Operation(summary = "Complete a case with its result")
    @ApiResponse(responseCode = "409", description = "The state does not allow this")
    @ApiResponse(responseCode = "422", description = "A rule or a reference refuses the request")
    @PostMapping("/{id}/completion")
    public CaseView complete(@PathVariable String id, @Valid @RequestBody CompletionRequest r) {
        return commands.complete(id, r.result(), Caller.current());
    }
}
