package hall.surveys.opinions.web;

import hall.security.Caller;
import hall.surveys.opinions.application.Opinions;
import hall.surveys.opinions.domain.Opinion;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The opinions of a campaign, by department, with their classification. */
@RestController
@RequestMapping("/api/campaigns/{code}/opinions")
@PreAuthorize("hasAnyRole('CALLBACK_AGENT','PROPERTY_MANAGER','SUPERVISOR','ADMIN')")
public class OpinionController {

    private final Opinions opinions;

    public OpinionController(Opinions opinions) {
        this.opinions = opinions;
    }

    public record Classification(String departmentCode) {
    }

    @GetMapping
    @Operation(summary = "List a campaign's opinions, optionally of one department")
    public List<Opinion> list(@PathVariable String code, @RequestParam(required = false) String department) {
        return opinions.list(code, department, Caller.current());
    }

    @GetMapping("/summary")
    @Operation(summary = "Per-department summary of a campaign's opinions: raised, answered, open, not solvable now")
    public List<Opinions.SummaryRow> summary(@PathVariable String code) {
        return opinions.summary(code, Caller.current());
    }

    @PutMapping("/{opinionId}/department")
    @Operation(summary = "Reclassify an opinion to another department by hand")
    public Opinion reclassify(@PathVariable String code, @PathVariable String opinionId, @RequestBody Classification c) {
        return opinions.reclassify(code, opinionId, c.departmentCode(), Caller.current());
    }
}
