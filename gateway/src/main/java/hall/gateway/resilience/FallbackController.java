package hall.gateway.resilience;

import java.time.Duration;
import java.util.concurrent.TimeoutException;

import hall.gateway.correlation.RequestId;
import hall.gateway.correlation.RequestIdFilter;
import hall.gateway.problems.ProblemJson;

import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * Where a route's circuit breaker forwards when its service is down, too slow (time limit), its circuit is open
 * or the route already has its limit of requests in flight (bulkhead): a 503 problem detail with {@code Retry-After}. Reached only through {@code forward:/fallback/...} from
 * a route, never from outside (no route maps /fallback).
 */
@RestController
public class FallbackController {

    private static final Logger log = LoggerFactory.getLogger(FallbackController.class);

    private final long retryAfterSeconds;

    public FallbackController(@Value("${hall.gateway.fallback.retry-after:5s}") Duration retryAfter) {
        this.retryAfterSeconds = Math.max(1, retryAfter.toSeconds());
    }

    @RequestMapping("/fallback/{service}")
    public ResponseEntity<byte[]> serviceUnavailable(@PathVariable String service, ServerWebExchange exchange) {
        Throwable cause = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        String reason = reason(cause);
        String path = originalPath(exchange);
        String requestId = exchange.getAttribute(RequestIdFilter.ATTRIBUTE);
        try (MDC.MDCCloseable ignored = requestId == null ? null : MDC.putCloseable(RequestId.MDC_KEY, requestId)) {
            log.warn("{} unavailable for {} {}: {} ({})", service, exchange.getRequest().getMethod(), path, reason,
                    cause == null ? "no cause recorded" : cause.toString());
        }

        ProblemJson problem = ProblemJson.of(HttpStatus.SERVICE_UNAVAILABLE,
                        service + " " + reason + "; try again later. A non-idempotent request may or may not have been processed.",
                        path)
                .with("service", service)
                .with("retryAfterSeconds", Long.toString(retryAfterSeconds));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem.toBytes());
    }

    static String reason(Throwable cause) {
        if (cause instanceof CallNotPermittedException) {
            return "is failing (circuit open)";
        }
        if (cause instanceof BulkheadFullException) {
            return "has as many requests in flight as its route allows";
        }
        if (cause instanceof TimeoutException || (cause != null && cause.getCause() instanceof TimeoutException)) {
            return "did not answer within the time limit";
        }
        return "is not reachable";
    }

    private static String originalPath(ServerWebExchange exchange) {
        String path = exchange.getAttribute(RequestIdFilter.ORIGINAL_PATH_ATTRIBUTE);
        return path != null ? path : exchange.getRequest().getPath().value();
    }
}
