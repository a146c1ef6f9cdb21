package hall.deadlines;

import hall.deadlines.calendar.application.InvalidScheduleException;
import hall.deadlines.calendar.application.UnknownRegionException;
import hall.deadlines.clocks.domain.ClockStateException;
import hall.deadlines.extensions.domain.ExtensionAlreadyDecided;
import hall.deadlines.extensions.domain.ExtensionCapExceeded;
import hall.deadlines.shared.AccessRefusedException;
import hall.deadlines.shared.InvalidInputException;
import hall.deadlines.shared.InvalidStateException;
import hall.deadlines.shared.NotFoundException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Every refusal as an RFC 9457 problem with a stable type; validation problems name each bad field. It knows the
 * exceptions of every feature, so it lives beside the application class, not in {@code shared}.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProblemAdvice {

    public static final String BASE = "https://hall.example/problems/";

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create(BASE + type));
        p.setTitle(title);
        return p;
    }

    private static ProblemDetail validation(String detail, List<Map<String, String>> errors) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "validation", "Invalid input", detail);
        p.setProperty("errors", errors);
        return p;
    }

    @ExceptionHandler(UnknownRegionException.class)
    ProblemDetail unknownRegion(UnknownRegionException e) {
        return problem(HttpStatus.NOT_FOUND, "unknown-region", "Unknown region", e.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
    }

    @ExceptionHandler(InvalidScheduleException.class)
    ProblemDetail invalidSchedule(InvalidScheduleException e) {
        return validation("The year schedule is invalid; nothing was loaded",
                e.violations().stream().map(v -> Map.of("field", v.field(), "message", v.message())).toList());
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalidInput(InvalidInputException e) {
        return validation(e.getMessage(), List.of(Map.of("field", e.field(), "message", e.getMessage())));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail illegalArgument(IllegalArgumentException e) {
        return validation(e.getMessage(), List.of(Map.of("field", "request", "message", String.valueOf(e.getMessage()))));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail notValid(MethodArgumentNotValidException e) {
        return validation("The request is invalid", e.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.of("field", f.getField(), "message", String.valueOf(f.getDefaultMessage()))).toList());
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ProblemDetail methodValidation(HandlerMethodValidationException e) {
        return validation("The request is invalid", e.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream().map(err -> Map.of(
                        "field", String.valueOf(r.getMethodParameter().getParameterName()),
                        "message", String.valueOf(err.getDefaultMessage()))))
                .toList());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return validation("The request is invalid",
                List.of(Map.of("field", e.getName(), "message", "cannot read '" + e.getValue() + "'")));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missing(MissingServletRequestParameterException e) {
        return validation("The request is invalid",
                List.of(Map.of("field", e.getParameterName(), "message", "is required")));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        String message = e.getMostSpecificCause() != null ? e.getMostSpecificCause().getMessage() : e.getMessage();
        if (message != null && message.length() > 300) {
            message = message.substring(0, 300);
        }
        return validation("The request body is malformed", List.of(Map.of("field", "body", "message",
                String.valueOf(message))));
    }

    @ExceptionHandler(ExtensionCapExceeded.class)
    ProblemDetail capExceeded(ExtensionCapExceeded e) {
        ProblemDetail p = problem(HttpStatus.UNPROCESSABLE_CONTENT, "extension-cap-exceeded", "Extension cap exceeded",
                e.getMessage());
        p.setProperty("capDays", e.capDays());
        p.setProperty("committedDays", e.committedDays());
        p.setProperty("requestedDays", e.requestedDays());
        return p;
    }

    @ExceptionHandler(ExtensionAlreadyDecided.class)
    ProblemDetail alreadyDecided(ExtensionAlreadyDecided e) {
        return problem(HttpStatus.CONFLICT, "already-decided", "Already decided", e.getMessage());
    }

    @ExceptionHandler({InvalidStateException.class, ClockStateException.class})
    ProblemDetail invalidState(RuntimeException e) {
        return problem(HttpStatus.CONFLICT, "invalid-state", "Invalid state", e.getMessage());
    }

    @ExceptionHandler({AccessRefusedException.class, AccessDeniedException.class})
    ProblemDetail forbidden(RuntimeException e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", e.getMessage());
    }
}
