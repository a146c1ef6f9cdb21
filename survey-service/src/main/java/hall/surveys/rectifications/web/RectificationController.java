package hall.surveys.rectifications.web;

import hall.security.Caller;
import hall.surveys.rectifications.application.Rectifications;
import hall.surveys.rectifications.domain.RectificationMeasure;
import hall.surveys.rectifications.domain.StoredMeasure;
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

/** Rectification measures answering survey opinions. */
@RestController
@RequestMapping("/api/rectifications")
public class RectificationController {

    private final Rectifications rectifications;

    public RectificationController(Rectifications rectifications) {
        this.rectifications = rectifications;
    }

    public record MeasureRequest(String opinionId, String measure, String responsiblePerson, Integer workingDays,
            Boolean solvableNow, String explanation) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('DEPARTMENT_OFFICER','PROPERTY_MANAGER','SUPERVISOR','ADMIN')")
    @Operation(summary = "Answer an opinion with a measure, a responsible person and a due date in working days")
    public StoredMeasure record(@RequestBody MeasureRequest r) {
        return rectifications.record(r.opinionId(), new RectificationMeasure.Answer(r.measure(), r.responsiblePerson(),
                r.workingDays(), r.solvableNow(), r.explanation()), Caller.current());
    }

    @PostMapping("/{id}/due-date")
    @PreAuthorize("hasAnyRole('DEPARTMENT_OFFICER','PROPERTY_MANAGER','SUPERVISOR','ADMIN')")
    @Operation(summary = "Ask the calendar again for a measure whose due date is pending")
    public StoredMeasure settleDueDate(@PathVariable String id) {
        return rectifications.settleDueDate(id, Caller.current());
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('CALLBACK_AGENT','PROPERTY_MANAGER','SUPERVISOR','ADMIN')")
    @Operation(summary = "List the measures answering a campaign's opinions")
    public List<StoredMeasure> list(@RequestParam String campaign) {
        return rectifications.list(campaign, Caller.current());
    }
}
