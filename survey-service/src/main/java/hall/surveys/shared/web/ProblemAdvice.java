package hall.surveys.shared.web;

import hall.security.web.RequestProblemAdvice;
import hall.surveys.shared.AccessRefused;
import hall.surveys.shared.Conflict;
import hall.surveys.shared.InvalidInput;
import hall.surveys.shared.NotFound;
import hall.surveys.shared.Unavailable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.util.List;

/** survey-service's problems on top of the shared request problems; each names the bad field. */
@RestControllerAdvice
public class ProblemAdvice extends RequestProblemAdvice {

    @ExceptionHandler(InvalidInput.class)
    ResponseEntity<ProblemDetail> invalidInput(InvalidInput e) {
        return ResponseEntity.badRequest().body(invalid(HttpStatus.BAD_REQUEST, Problems.VALIDATION,
                "Invalid request", e.violations().stream().map(v -> new FieldProblem(v.field(), v.message())).toList()));
    }



    @ExceptionHandler(Conflict.class)
    ResponseEntity<ProblemDetail> conflict(Conflict e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(invalid(HttpStatus.CONFLICT, Problems.CONFLICT,
                "Conflict", List.of(new FieldProblem(e.field(), e.getMessage()))));
    }

    @ExceptionHandler(Unavailable.class)
    ResponseEntity<ProblemDetail> unavailable(Unavailable e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).body(problem(HttpStatus.SERVICE_UNAVAILABLE,
                Problems.UNAVAILABLE, "Service unavailable", e.getMessage()));
    }
}
