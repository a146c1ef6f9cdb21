package hall.surveys.ratings.web;

import hall.security.Caller;
import hall.surveys.events.RatingLevel;
import hall.surveys.ratings.application.Ratings;
import hall.surveys.ratings.domain.EvaluatorRating;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** E-evaluator ratings (好差评) of windows and cases. */
@RestController
@RequestMapping("/api/evaluator-ratings")
public class RatingController {

    private final Ratings ratings;

    public RatingController(Ratings ratings) {
        this.ratings = ratings;
    }

    public record RatingRequest(String caseId, String windowCode, RatingLevel level, String reason) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('APPLICANT','CLERK')")
    @Operation(summary = "Rate a window or a case on the five-level scale (a reason for the two bad levels)")
    public EvaluatorRating rate(@RequestBody RatingRequest r) {
        return ratings.rate(r.caseId(), r.windowCode(), new EvaluatorRating.Choice(r.level(), r.reason()),
                Caller.current());
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('CLERK','CALLBACK_AGENT','SUPERVISOR','ADMIN')")
    @Operation(summary = "List the ratings of a window's ISO week")
    public List<EvaluatorRating> week(@RequestParam(required = false) String window, @RequestParam String week) {
        return ratings.week(window, week, Caller.current());
    }
}
