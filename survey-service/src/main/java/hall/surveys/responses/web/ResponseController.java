package hall.surveys.responses.web;

import hall.security.Caller;
import hall.surveys.responses.application.Responses;
import hall.surveys.responses.domain.RecordedResponse;
import hall.surveys.responses.domain.SurveyResponse;
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

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Survey responses: collected owner forms, on-site forms of a window. */
@RestController
@RequestMapping("/api/survey-responses")
public class ResponseController {

    private final Responses responses;

    public ResponseController(Responses responses) {
        this.responses = responses;
    }

    /** {@code answers} maps question codes to the answer (an option, a rating 1-5 or a text). */
    public record ResponseRequest(String campaign, String receiptId, String household, String caseId, Boolean anonymous,
            Boolean followUpConsent, LocalDate collectedOn, Map<String, Object> answers) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('APPLICANT','CLERK','CALLBACK_AGENT','ADMIN')")
    @Operation(summary = "Record a collected owner form (by receipt), a window's on-site form, or an applicant's online answer about its case")
    public Responses.Recorded record(@RequestBody ResponseRequest r) {
        Map<String, String> answers = new LinkedHashMap<>();
        if (r.answers() != null) {
            r.answers().forEach((k, v) -> answers.put(k, v == null ? null : String.valueOf(v)));
        }
        return responses.record(new Responses.Target(r.campaign(), r.receiptId(), r.household(), r.caseId()),
                new SurveyResponse.Form(answers, Boolean.TRUE.equals(r.anonymous()),
                        Boolean.TRUE.equals(r.followUpConsent()), r.collectedOn()), Caller.current());
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('CLERK','CALLBACK_AGENT','PROPERTY_MANAGER','SUPERVISOR','ADMIN')")
    @Operation(summary = "List the responses of a campaign with their answers")
    public List<RecordedResponse> list(@RequestParam String campaign) {
        return responses.list(campaign, Caller.current());
    }
}
