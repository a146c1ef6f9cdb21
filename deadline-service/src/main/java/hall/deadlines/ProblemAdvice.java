package hall.deadlines;

import hall.deadlines.calendar.application.InvalidSchedule;
import hall.deadlines.calendar.application.UnknownRegion;
import hall.deadlines.clocks.domain.ClockStateViolation;
import hall.deadlines.clocks.domain.ExtensionAfterDue;
import hall.deadlines.extensions.domain.ExtensionAlreadyDecided;
import hall.deadlines.extensions.domain.ExtensionCapExceeded;
import hall.deadlines.shared.AccessRefused;
import hall.deadlines.shared.InvalidInput;
import hall.deadlines.shared.InvalidState;
import hall.deadlines.shared.NotFound;
import hall.security.web.ProblemTypes;
import hall.security.web.RequestProblemAdvice;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every refusal as an RFC 9457 problem with a stable type; validation problems name each bad field. It knows the
 * exceptions of every feature, so it lives beside the application class, not in {@code shared}.
 */
@RestControllerAdvice
public class ProblemAdvice extends RequestProblemAdvice {

    public static final String BASE = ProblemTypes.BASE;
    static final URI NOT_FOUND = URI.create(BASE + "not-found");
    static final URI UNKNOWN_REGION = URI.create(BASE + "unknown-region");
    static final URI INVALID_STATE = URI.create(BASE + "invalid-state");
    static final URI ALREADY_DECIDED = URI.create(BASE + "already-decided");
    static final URI EXTENSION_CAP_EXCEEDED = URI.create(BASE + "extension-cap-exceeded");
    static final URI EXTENSION_AFTER_DUE = URI.create(BASE + "extension-after-due");

    private static ResponseEntity<ProblemDetail> answer(HttpStatus status, ProblemDetail problem) {
        return ResponseEntity.status(status).body(problem);
    }

    @ExceptionHandler(UnknownRegion.class)
    ResponseEntity<ProblemDetail> unknownRegion(UnknownRegion e) {
        return answer(HttpStatus.NOT_FOUND, problem(HttpStatus.NOT_FOUND, UNKNOWN_REGION, "Unknown region", e.getMessage()));
    }


    @ExceptionHandler(InvalidSchedule.class)
    ResponseEntity<ProblemDetail> invalidSchedule(InvalidSchedule e) {
        ProblemDetail p = invalid(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "Invalid request",
                e.violations().stream().map(v -> new FieldProblem(v.field(), v.message())).toList());
        p.setDetail("The year schedule is invalid; nothing was loaded");
        return answer(HttpStatus.BAD_REQUEST, p);
    }

    @ExceptionHandler(InvalidInput.class)
    ResponseEntity<ProblemDetail> invalidInput(InvalidInput e) {
        return answer(HttpStatus.BAD_REQUEST, invalid(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION, "Invalid request",
                List.of(new FieldProblem(e.field(), e.getMessage()))));
    }

    @ExceptionHandler(ExtensionCapExceeded.class)
    ResponseEntity<ProblemDetail> capExceeded(ExtensionCapExceeded e) {
        ProblemDetail p = problem(HttpStatus.UNPROCESSABLE_CONTENT, EXTENSION_CAP_EXCEEDED, "Extension cap exceeded",
                e.getMessage());
        p.setProperty("capDays", e.capDays());
        p.setProperty("committedDays", e.committedDays());
        p.setProperty("requestedDays", e.requestedDays());
        return answer(HttpStatus.UNPROCESSABLE_CONTENT, p);
    }

    @ExceptionHandler(ExtensionAfterDue.class)
    ResponseEntity<ProblemDetail> afterDue(ExtensionAfterDue e) {
        return answer(HttpStatus.UNPROCESSABLE_CONTENT, problem(HttpStatus.UNPROCESSABLE_CONTENT, EXTENSION_AFTER_DUE,
                "Extension after the deadline", e.getMessage()));
    }

    @ExceptionHandler(ExtensionAlreadyDecided.class)
    ResponseEntity<ProblemDetail> alreadyDecided(ExtensionAlreadyDecided e) {
        return answer(HttpStatus.CONFLICT, problem(HttpStatus.CONFLICT, ALREADY_DECIDED, "Already decided", e.getMessage()));
    }

    @ExceptionHandler({InvalidState.class, ClockStateViolation.class})
    ResponseEntity<ProblemDetail> invalidState(RuntimeException e) {
        return answer(HttpStatus.CONFLICT, problem(HttpStatus.CONFLICT, INVALID_STATE, "Invalid state", e.getMessage()));
    }

}
