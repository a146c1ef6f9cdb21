package hall.callbacks;

import hall.security.web.RequestProblemAdvice;
import hall.callbacks.projects.domain.ProjectRuleViolation;
import hall.callbacks.shared.AccessRefused;
import hall.callbacks.shared.AlreadyExists;
import hall.callbacks.shared.BadField;
import hall.callbacks.shared.RuleBroken;
import hall.callbacks.shared.remote.ServiceUnavailable;
import hall.callbacks.tasks.domain.CallbackTask;
import hall.callbacks.shared.NotFound;
import hall.callbacks.shared.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;

/**
 * callback-service's problems on top of the shared request problems; validation errors name each bad field. It
 * knows the exceptions of every feature, so it lives beside the application class, not in {@code shared}.
 */
@RestControllerAdvice
public class ProblemAdvice extends RequestProblemAdvice {

    @ExceptionHandler(ProjectRuleViolation.class)
    ResponseEntity<ProblemDetail> projectRule(ProjectRuleViolation e) {
        return ResponseEntity.badRequest().body(invalid(HttpStatus.BAD_REQUEST, Problems.VALIDATION,
                "Invalid request", e.violations().stream()
                        .map(v -> new FieldProblem(v.field(), v.message())).toList()));
    }



    @ExceptionHandler(AlreadyExists.class)
    ResponseEntity<ProblemDetail> exists(AlreadyExists e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(invalid(HttpStatus.CONFLICT, Problems.ALREADY_EXISTS,
                "Already exists", List.of(new FieldProblem(e.field(), e.getMessage()))));
    }

    @ExceptionHandler(BadField.class)
    ResponseEntity<ProblemDetail> badField(BadField e) {
        return ResponseEntity.badRequest().body(invalid(HttpStatus.BAD_REQUEST, Problems.VALIDATION,
                "Invalid request", List.of(new FieldProblem(e.field(), e.getMessage()))));
    }

    @ExceptionHandler(RuleBroken.class)
    ResponseEntity<ProblemDetail> ruleBroken(RuleBroken e) {
        return ResponseEntity.unprocessableContent().body(invalid(HttpStatus.UNPROCESSABLE_CONTENT,
                Problems.RULE_BROKEN, "Refused by the callback rules",
                List.of(new FieldProblem(e.field(), e.getMessage()))));
    }

    @ExceptionHandler(CallbackTask.AlreadyAnswered.class)
    ResponseEntity<ProblemDetail> answered(CallbackTask.AlreadyAnswered e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(invalid(HttpStatus.CONFLICT, Problems.ALREADY_EXISTS,
                "Already answered", List.of(new FieldProblem("answers", e.getMessage()))));
    }

    @ExceptionHandler(ServiceUnavailable.class)
    ResponseEntity<ProblemDetail> unavailable(ServiceUnavailable e) {
        ProblemDetail p = problem(HttpStatus.SERVICE_UNAVAILABLE, Problems.SERVICE_UNAVAILABLE,
                e.service() + " unavailable", e.getMessage());
        p.setProperty("service", e.service());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "30").body(p);
    }
}
