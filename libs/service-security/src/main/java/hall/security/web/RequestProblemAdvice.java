package hall.security.web;

import hall.security.problems.AccessNotCovered;
import hall.security.problems.RecordNotFound;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * The request errors every service answers alike, as RFC 9457 problem details with a stable type: invalid fields
 * (each named in an {@code errors} list), values of the wrong type, unreadable JSON (naming the path of the bad
 * value), and a role that may not call a method. A service's {@code @RestControllerAdvice} extends this and adds
 * the problems of its own domain.
 */
public abstract class RequestProblemAdvice extends ResponseEntityExceptionHandler {

    public record FieldProblem(String field, String message) {
    }

    static final String STORE_RETRY_AFTER_SECONDS = "5";

    protected static ProblemDetail problem(HttpStatus status, URI type, String title, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(type);
        p.setTitle(title);
        return p;
    }

    protected static ProblemDetail invalid(HttpStatus status, URI type, String title, List<FieldProblem> errors) {
        ProblemDetail p = problem(status, type, title, String.join("; ",
                errors.stream().map(e -> e.field() + ": " + e.message()).toList()));
        p.setProperty("errors", errors);
        return p;
    }

    @ExceptionHandler(RecordNotFound.class)
    ResponseEntity<ProblemDetail> recordNotFound(RecordNotFound e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not found", e.getMessage()));
    }

    @ExceptionHandler(AccessNotCovered.class)
    ResponseEntity<ProblemDetail> accessNotCovered(AccessNotCovered e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(problem(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Forbidden", e.getMessage()));
    }

    /**
     * Problems Spring MVC answers by itself (unknown path 404, 405, 406, unsupported media type 415, ...) come
     * with type about:blank; they get the platform's type for their status, the same the gateway uses.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> answer = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (answer != null && answer.getBody() instanceof ProblemDetail p
                && (p.getType() == null || ABOUT_BLANK.equals(p.getType()))) {
            URI type = ProblemTypes.forStatus(statusCode.value());
            if (type != null) {
                p.setType(type);
            }
        }
        return answer;
    }

    private static final URI ABOUT_BLANK = URI.create("about:blank");

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        for (FieldError e : ex.getBindingResult().getFieldErrors()) {
            errors.add(new FieldProblem(e.getField(), e.getDefaultMessage()));
        }
        ex.getBindingResult().getGlobalErrors()
                .forEach(e -> errors.add(new FieldProblem(e.getObjectName(), e.getDefaultMessage())));
        return ResponseEntity.badRequest().body(invalid(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION,
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
        return ResponseEntity.badRequest().body(invalid(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION,
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
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.badRequest().body(invalid(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION,
                "Invalid request", List.of(new FieldProblem(ex.getParameterName(), "is required"))));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = ex.getPropertyName() != null ? ex.getPropertyName() : "parameter";
        return ResponseEntity.badRequest().body(invalid(HttpStatus.BAD_REQUEST, ProblemTypes.VALIDATION,
                "Invalid request", List.of(new FieldProblem(field, "cannot read value '" + ex.getValue() + "'"))));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
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
        return ResponseEntity.badRequest().body(invalid(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_JSON,
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

    /**
     * Anything no other handler answers: logged at ERROR inside the request (so the line carries its request id)
     * and answered 500 with a problem body that tells nothing of the cause. Security refusals are left to Spring
     * Security. A database out of reach is not unexpected: 503 with Retry-After (the transaction was rolled back,
     * or its commit is unknown, so the caller retries, with the same Idempotency-Key where the operation takes one).
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) throws Exception {
        if (e instanceof AccessDeniedException || e instanceof AuthenticationException) {
            throw e;
        }
        if (StoreOutage.causedBy(e)) {
            LoggerFactory.getLogger(getClass()).warn("request failed: the database is out of reach ({})", e.toString());
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, STORE_RETRY_AFTER_SECONDS)
                    .body(problem(HttpStatus.SERVICE_UNAVAILABLE, ProblemTypes.SERVICE_UNAVAILABLE,
                            "Service unavailable", "the service's database is out of reach; retry after "
                                    + STORE_RETRY_AFTER_SECONDS + " seconds"));
        }
        LoggerFactory.getLogger(getClass()).error("request failed unexpectedly", e);
        return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR).body(problem(HttpStatus.INTERNAL_SERVER_ERROR,
                ProblemTypes.INTERNAL_ERROR, "Internal error",
                "the request failed unexpectedly; quote its X-Request-Id when you report it"));
    }

    @ExceptionHandler(AuthorizationDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AuthorizationDeniedException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN,
                "Forbidden", "the caller's role may not do this"));
    }
}
