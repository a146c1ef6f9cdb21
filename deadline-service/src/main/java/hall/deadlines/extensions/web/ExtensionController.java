package hall.deadlines.extensions.web;

import hall.deadlines.clocks.application.CaseExtensions.ExtensionView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import hall.deadlines.extensions.application.Extensions;
import hall.deadlines.extensions.application.ExtensionViews;
import hall.security.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class ExtensionController {

    public record ExtensionRequest(@NotNull @Positive Integer workingDays, @NotBlank @Size(max = 1000) String reason) {
    }

    public record ExtensionDecision(@NotNull Boolean approve, @Size(max = 1000) String comment) {
    }

    private final Extensions extensions;

    public ExtensionController(Extensions extensions) {
        this.extensions = extensions;
    }

    /** A clerk of the case's window asks for more working days, with a reason. */
    @Operation(summary = "Ask for an extension of a case's deadline (CLERK of its window)")
    @ApiResponse(responseCode = "201", description = "The extension request, pending a decision",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ExtensionView.class)))
    @ApiResponse(responseCode = "409", description = "The state does not allow this")
    @ApiResponse(responseCode = "422", description = "A rule or a reference refuses the request")
    @PostMapping("/api/deadlines/{caseId}/extensions")
    @PreAuthorize("hasRole('CLERK')")
    public ResponseEntity<ExtensionView> request(@PathVariable String caseId,
            @Valid @RequestBody ExtensionRequest request) {
        var extension = extensions.request(caseId, request.workingDays(), request.reason(), Caller.current());
        return ResponseEntity.created(URI.create("/api/extensions/" + extension.id())).body(ExtensionViews.view(extension));
    }

    /** The supervision office approves or refuses, once. */
    @Operation(summary = "Approve or refuse an extension, once (SUPERVISOR)")
    @ApiResponse(responseCode = "200", description = "The decided extension")
    @ApiResponse(responseCode = "409", description = "The state does not allow this")
    @ApiResponse(responseCode = "422", description = "A rule or a reference refuses the request")
    @PostMapping("/api/extensions/{id}/decision")
    @PreAuthorize("hasRole('SUPERVISOR')")
    public ExtensionView decide(@PathVariable String id, @Valid @RequestBody ExtensionDecision decision) {
        return ExtensionViews.view(extensions.decide(id, decision.approve(), decision.comment(), Caller.current()));
    }
}
