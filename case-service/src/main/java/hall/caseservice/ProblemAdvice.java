package hall.caseservice;

import hall.security.web.RequestProblemAdvice;
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
import hall.caseservice.shared.StoredValueOutOfRange;
import hall.caseservice.shared.web.Problems;
import hall.caseservice.shared.web.RequestSizeLimit;
import jakarta.validation.ConstraintViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;

import java.util.List;

/**
 * case-service's problems on top of the shared request problems; validation errors name each bad field. It knows
 * the exceptions of every feature, so it lives beside the application class, not in {@code shared}.
 */
@RestControllerAdvice
public class ProblemAdvice extends RequestProblemAdvice {

    /** A body cut off by the size limit while it was being read answers 413, not 400. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (causedByTooLarge(ex)) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooLarge(null));
        }
        return super.handleHttpMessageNotReadable(ex, headers, status, request);
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

    public static ProblemDetail tooLarge(Long limit) {
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

    /** 409 naming the stored field an operator has to correct before the record can be changed; nothing changed. */
    @ExceptionHandler(StoredValueOutOfRange.class)
    ResponseEntity<ProblemDetail> storedOutOfRange(StoredValueOutOfRange e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(invalid(HttpStatus.CONFLICT,
                Problems.STORED_VALUE_OUT_OF_RANGE, "Stored value out of range",
                List.of(new FieldProblem(e.field(), e.getMessage()))));
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
