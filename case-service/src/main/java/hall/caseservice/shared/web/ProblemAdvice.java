package hall.caseservice.shared.web;

import hall.caseservice.catalogue.domain.CatalogueRuleViolation;
import hall.caseservice.cases.domain.ActionNotAllowed;
import hall.caseservice.cases.domain.CaseAction;
import hall.caseservice.cases.domain.CaseRuleViolation;
import hall.caseservice.cases.web.LedgerController;
import hall.caseservice.complaints.domain.ComplaintNotOpen;
import hall.caseservice.shared.AccessRefused;
import hall.caseservice.shared.AlreadyExists;
import hall.caseservice.shared.InvalidReference;
import hall.caseservice.shared.NotFound;
import jakarta.validation.ConstraintViolationException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** Every error as an RFC 9457 problem detail with a stable type; validation errors name each bad field. */
@RestControllerAdvice
public class ProblemAdvice extends ResponseEntityExceptionHandler {

    public record FieldProblem(String field, String message) {
    }

    private static ProblemDetail problem(HttpStatus status, URI type, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(type);
        p.setTitle(title);
        return p;
    }

    private static ProblemDetail invalid(HttpStatus status, URI type, String title, List<FieldProblem> errors) {
        ProblemDetail p = problem(status, type, title, String.join("; ",
                errors.stream().map(e -> e.field() + ": " + e.message()).toList()));
        p.setProperty("errors", errors);
        return p;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (FieldError e : ex.getBindingResult().getFieldErrors()) {
            errors.add(new FieldProblem(e.getField(), e.getDefaultMessage()));
        }
        ex.getBindingResult().getGlobalErrors()
                .forEach(e -> errors.add(new FieldProblem(e.getObjectName(), e.getDefaultMessage())));
        return ResponseEntity.badRequest().body(invalid(HttpStatus.BAD_REQUEST, Problems.VALIDATION,
                "Invalid request", errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(r -> {
            if (r instanceof ParameterErrors bean) {
                for (FieldError e : bean.getFieldErrors()) {
                    errors.add(new FieldProblem(e.getField(), e.getDefaultMessage()));
                }
                return;
            }
            String name = requestName(r.getMethodParameter());
            for (MessageSourceResolvable e : r.getResolvableErrors()) {
                errors.add(new FieldProblem(name, e.getDefaultMessage()));
            }
        });
        return ResponseEntity.badRequest().body(invalid(HttpStatus.BAD_REQUEST, Problems.VALIDATION,
                "Invalid request", errors));
    }

    /** The name the client used: header or request parameter name, else the Java parameter name. */
    private static String requestName(MethodParameter parameter) {
        RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
        if (header != null && !header.name().isEmpty()) {
            return header.name();
        }
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        if (param != null && !param.name().isEmpty()) {
            return param.name();
        }
        return parameter.getParameterName();
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = ex.getPropertyName() != null ? ex.getPropertyName() : "parameter";
        return ResponseEntity.badRequest().body(invalid(HttpStatus.BAD_REQUEST, Problems.VALIDATION,
                "Invalid request", List.of(new FieldProblem(field, "cannot read value '" + ex.getValue() + "'"))));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (causedByTooLarge(ex)) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooLarge(null));
        }
        String field = "body";
        String message = "the body is not valid JSON for this request";
        Throwable cause = ex.getCause();
        while (cause != null) {
            if (cause instanceof JacksonException je) {
                String path = path(je);
                if (!path.isEmpty()) {
                    field = path;
                    message = "cannot read this value";
                }
                message = message + " (" + je.getOriginalMessage() + ")";
                break;
            }
            cause = cause.getCause();
        }
        return ResponseEntity.badRequest().body(invalid(HttpStatus.BAD_REQUEST, Problems.MALFORMED_JSON,
                "Malformed request body", List.of(new FieldProblem(field, message))));
    }

    private static String path(JacksonException e) {
        StringBuilder out = new StringBuilder();
        for (JacksonException.Reference r : e.getPath()) {
            if (r.getPropertyName() != null) {
                if (!out.isEmpty()) {
                    out.append('.');
                }
                out.append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                out.append('[').append(r.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static boolean causedByTooLarge(Throwable t) {
        while (t != null) {
            if (t instanceof RequestSizeLimit.BodyTooLarge) {
                return true;
            }
            t = t.getCause();
        }
        return false;
    }

    static ProblemDetail tooLarge(Long limit) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, Problems.PAYLOAD_TOO_LARGE, "Request body too large",
                "the request body exceeds the limit" + (limit == null ? "" : " of " + limit + " bytes"));
    }

    @ExceptionHandler(RequestSizeLimit.BodyTooLarge.class)
    ResponseEntity<ProblemDetail> bodyTooLarge(RequestSizeLimit.BodyTooLarge e) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooLarge(e.limit()));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraint(ConstraintViolationException e) {
        List<FieldProblem> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage())).toList();
        return ResponseEntity.badRequest().body(invalid(HttpStatus.BAD_REQUEST, Problems.VALIDATION,
                "Invalid request", errors));
    }

    @ExceptionHandler(CaseRuleViolation.class)
    ResponseEntity<ProblemDetail> caseRule(CaseRuleViolation e) {
        return ResponseEntity.unprocessableContent().body(invalid(HttpStatus.UNPROCESSABLE_CONTENT,
                Problems.RULE_VIOLATION, "Rule violated", List.of(new FieldProblem(e.field(), e.getMessage()))));
    }

    @ExceptionHandler(CatalogueRuleViolation.class)
    ResponseEntity<ProblemDetail> catalogueRule(CatalogueRuleViolation e) {
        return ResponseEntity.unprocessableContent().body(invalid(HttpStatus.UNPROCESSABLE_CONTENT,
                Problems.RULE_VIOLATION, "Rule violated", List.of(new FieldProblem(e.field(), e.getMessage()))));
    }

    @ExceptionHandler(InvalidReference.class)
    ResponseEntity<ProblemDetail> unknownReference(InvalidReference e) {
        return ResponseEntity.unprocessableContent().body(invalid(HttpStatus.UNPROCESSABLE_CONTENT,
                Problems.UNKNOWN_REFERENCE, "Unknown reference",
                List.of(new FieldProblem(e.field(), e.getMessage()))));
    }

    @ExceptionHandler(LedgerController.MonthFormat.class)
    ResponseEntity<ProblemDetail> month(LedgerController.MonthFormat e) {
        return ResponseEntity.badRequest().body(invalid(HttpStatus.BAD_REQUEST, Problems.VALIDATION,
                "Invalid request", List.of(new FieldProblem("month", e.getMessage()))));
    }

    /** 409 naming the current state and the actions it allows; nothing changed. */
    @ExceptionHandler(ActionNotAllowed.class)
    ResponseEntity<ProblemDetail> invalidState(ActionNotAllowed e) {
        ProblemDetail p = problem(HttpStatus.CONFLICT, Problems.INVALID_STATE, "Action not allowed in this state",
                e.getMessage() + "; allowed: " + e.allowed().stream().map(CaseAction::path).toList());
        p.setProperty("action", e.action().path());
        p.setProperty("state", e.status().name());
        p.setProperty("allowedActions", e.allowed().stream().map(CaseAction::path).toList());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(p);
    }

    @ExceptionHandler(ComplaintNotOpen.class)
    ResponseEntity<ProblemDetail> complaintState(ComplaintNotOpen e) {
        ProblemDetail p = problem(HttpStatus.CONFLICT, Problems.INVALID_STATE, "Action not allowed in this state",
                e.getMessage());
        p.setProperty("state", e.status().name());
        p.setProperty("allowedActions", List.of());
        return ResponseEntity.status(HttpStatus.CONFLICT).body(p);
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<ProblemDetail> notFound(NotFound e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem(HttpStatus.NOT_FOUND, Problems.NOT_FOUND,
                "Not found", e.getMessage()));
    }

    @ExceptionHandler(AccessRefused.class)
    ResponseEntity<ProblemDetail> refused(AccessRefused e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem(HttpStatus.FORBIDDEN, Problems.FORBIDDEN,
                "Forbidden", e.getMessage()));
    }

    @ExceptionHandler(AuthorizationDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AuthorizationDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem(HttpStatus.FORBIDDEN, Problems.FORBIDDEN,
                "Forbidden", "the caller's role may not do this"));
    }

    @ExceptionHandler(AlreadyExists.class)
    ResponseEntity<ProblemDetail> exists(AlreadyExists e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem(HttpStatus.CONFLICT, Problems.ALREADY_EXISTS,
                "Already exists", e.getMessage()));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> concurrent(OptimisticLockingFailureException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem(HttpStatus.CONFLICT,
                Problems.CONCURRENT_CHANGE, "Changed concurrently", "the record changed meanwhile; read it again"));
    }
}
