package hall.deadlines.accountability.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import hall.deadlines.accountability.application.AccountabilityRecords;
import hall.deadlines.accountability.application.AccountabilityView;
import hall.deadlines.shared.InvalidInput;
import hall.deadlines.shared.ReadScope;
import hall.security.Caller;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class AccountabilityController {

    public record Closure(String justification) {
    }

    private final AccountabilityRecords accountability;

    public AccountabilityController(AccountabilityRecords accountability) {
        this.accountability = accountability;
    }

    @Operation(summary = "List accountability records of breached deadlines, by window and openness")
    @GetMapping("/api/accountability")
    @PreAuthorize("hasAnyRole('CLERK', 'DEPARTMENT_OFFICER', 'SUPERVISOR', 'ADMIN')")
    public List<AccountabilityView> list(@RequestParam(required = false) String window,
            @RequestParam(required = false) Boolean open, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        if (page < 0 || size < 1 || size > 200) {
            throw new InvalidInput(page < 0 ? "page" : "size", "page >= 0 and 1 <= size <= 200");
        }
        return accountability.list(ReadScope.of(Caller.current()), window, open, page, size);
    }

    /** The supervision office closes a record with a justification. */
    @Operation(summary = "Close an accountability record with its finding (SUPERVISOR)")
    @ApiResponse(responseCode = "200", description = "The closed record")
    @ApiResponse(responseCode = "409", description = "The state does not allow this")
    @PostMapping("/api/accountability/{id}/closure")
    @PreAuthorize("hasRole('SUPERVISOR')")
    public AccountabilityView close(@PathVariable String id, @RequestBody Closure closure) {
        return accountability.close(id, closure.justification(), Caller.current());
    }
}
