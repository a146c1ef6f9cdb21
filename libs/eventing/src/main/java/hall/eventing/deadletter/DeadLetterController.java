package hall.eventing.deadletter;

import java.security.Principal;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The operator's view of parked events: list them, and replay one once its cause is fixed. */
@RestController
@RequestMapping("/ops/dead-letters")
public class DeadLetterController {

    private final DeadLetterStore store;
    private final DeadLetterReplay replay;

    public DeadLetterController(DeadLetterStore store, DeadLetterReplay replay) {
        this.store = store;
        this.replay = replay;
    }

    @Operation(summary = "List dead letters of this service's consumers (ADMIN)")
    @GetMapping
    public List<DeadLetter> list(@RequestParam(required = false) String status,
            @RequestParam(defaultValue = "100") int limit) {
        return store.list(status == null ? null : status.toUpperCase(), Math.max(1, Math.min(limit, 1000)));
    }

    @Operation(summary = "Read one dead letter (ADMIN)")
    @ApiResponse(responseCode = "200", description = "The dead letter",
            content = @Content(schema = @Schema(implementation = DeadLetter.class)))
    @GetMapping("/{id}")
    public ResponseEntity<?> get(@PathVariable UUID id) {
        return store.find(id).<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(() -> notFound(id));
    }

    @Operation(summary = "Send a dead letter back to its topic unchanged (ADMIN)")
    @ApiResponse(responseCode = "200", description = "The dead letter, marked replayed",
            content = @Content(schema = @Schema(implementation = DeadLetter.class)))
    @PostMapping("/{id}/replay")
    public ResponseEntity<?> replay(@PathVariable UUID id, Principal principal) {
        String operator = principal == null ? "anonymous" : principal.getName();
        if (!replay.replay(id, operator)) {
            return notFound(id);
        }
        return ResponseEntity.ok(store.find(id).orElseThrow());
    }

    private static ResponseEntity<ProblemDetail> notFound(UUID id) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No dead letter " + id);
        problem.setType(java.net.URI.create("https://hall.example/problems/not-found"));
        problem.setTitle("Dead letter not found");
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }
}
