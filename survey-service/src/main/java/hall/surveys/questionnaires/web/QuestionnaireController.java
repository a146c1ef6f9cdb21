package hall.surveys.questionnaires.web;

import hall.security.Caller;
import hall.surveys.questionnaires.application.Questionnaires;
import hall.surveys.questionnaires.domain.Question;
import hall.surveys.questionnaires.domain.Questionnaire;
import hall.surveys.questionnaires.domain.SurveyPurpose;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Questionnaire templates and their versions; field rules are checked by the domain and named in problems. */
@RestController
@RequestMapping("/api/questionnaires")
public class QuestionnaireController {

    private static final String MAINTAINERS = "hasAnyRole('CALLBACK_AGENT','PROPERTY_MANAGER','SUPERVISOR','ADMIN')";
    private static final String READERS = "hasAnyRole('APPLICANT','CLERK','CALLBACK_AGENT','PROPERTY_MANAGER','SUPERVISOR','ADMIN')";

    private final Questionnaires questionnaires;

    public QuestionnaireController(Questionnaires questionnaires) {
        this.questionnaires = questionnaires;
    }

    public record QuestionnaireRequest(String code, String title, SurveyPurpose purpose, List<Question> questions,
            Boolean publish) {
    }

    public record VersionRequest(String title, List<Question> questions) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(MAINTAINERS)
    @Operation(summary = "Create a questionnaire (version 1, a draft unless publish is true)")
    public Questionnaire create(@RequestBody QuestionnaireRequest r) {
        return questionnaires.create(r.code(), r.title(), r.purpose(), r.questions(), Boolean.TRUE.equals(r.publish()),
                Caller.current());
    }

    @GetMapping
    @PreAuthorize(READERS)
    @Operation(summary = "List the newest version of every questionnaire")
    public List<Questionnaire> list() {
        return questionnaires.list();
    }

    @GetMapping("/{code}/versions")
    @PreAuthorize(READERS)
    @Operation(summary = "List every version of a questionnaire")
    public List<Questionnaire> versions(@PathVariable String code) {
        return questionnaires.versions(code);
    }

    @PostMapping("/{code}/versions")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(MAINTAINERS)
    @Operation(summary = "Create the next version as a draft, from the newest one or from new content")
    public Questionnaire newVersion(@PathVariable String code, @RequestBody(required = false) VersionRequest r) {
        return questionnaires.newVersion(code, r == null ? null : r.title(), r == null ? null : r.questions(),
                Caller.current());
    }

    @GetMapping("/{code}/versions/{version}")
    @PreAuthorize(READERS)
    @Operation(summary = "Read one version of a questionnaire")
    public Questionnaire get(@PathVariable String code, @PathVariable int version) {
        return questionnaires.get(code, version);
    }

    @PutMapping("/{code}/versions/{version}")
    @PreAuthorize(MAINTAINERS)
    @Operation(summary = "Revise a draft version (a published version answers 409)")
    public Questionnaire revise(@PathVariable String code, @PathVariable int version, @RequestBody VersionRequest r) {
        return questionnaires.revise(code, version, r.title(), r.questions(), Caller.current());
    }

    @PostMapping("/{code}/versions/{version}/publication")
    @PreAuthorize(MAINTAINERS)
    @Operation(summary = "Publish a draft version; it is immutable from then on")
    public Questionnaire publish(@PathVariable String code, @PathVariable int version) {
        return questionnaires.publish(code, version);
    }
}
