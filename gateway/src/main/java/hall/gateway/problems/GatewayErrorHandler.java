package hall.gateway.problems;

import hall.gateway.correlation.RequestId;
import hall.gateway.correlation.RequestIdFilter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

import reactor.core.publisher.Mono;

/**
 * Renders exceptions raised inside the gateway as problem details: no route 404, identity provider unreachable
 * while checking a token 503, unexpected failures 500.
 */
@Component
@Order(-2)
public class GatewayErrorHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GatewayErrorHandler.class);

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(ex);
        }
        // this handler runs outside the request's filters: restore the request id for the log lines
        String requestId = exchange.getAttribute(RequestIdFilter.ATTRIBUTE);
        try (MDC.MDCCloseable ignored = requestId == null ? null : MDC.putCloseable(RequestId.MDC_KEY, requestId)) {
            return render(exchange, ex);
        }
    }

    private Mono<Void> render(ServerWebExchange exchange, Throwable ex) {
        if (ex instanceof AuthenticationServiceException) {
            // the issuer's keys could not be fetched: the token can be neither accepted nor refused now
            log.warn("Token check failed on {} {}: {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), ex.getMessage());
            exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, "5");
            return write(exchange, ProblemJson.of(HttpStatus.SERVICE_UNAVAILABLE,
                    "The access token could not be checked because the identity provider is not reachable.",
                    exchange.getRequest().getPath().value()).with("retryAfterSeconds", "5"), HttpStatus.SERVICE_UNAVAILABLE);
        }
        HttpStatusCode status = ex instanceof ErrorResponse error ? error.getStatusCode() : HttpStatus.INTERNAL_SERVER_ERROR;
        String detail = null;
        if (status.is5xxServerError()) {
            log.error("Gateway error on {} {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), ex);
        } else if (ex instanceof ErrorResponse error && error.getBody().getDetail() != null) {
            detail = error.getBody().getDetail();
        }
        return write(exchange, ProblemJson.of(status, detail, exchange.getRequest().getPath().value()), status);
    }

    private static Mono<Void> write(ServerWebExchange exchange, ProblemJson problem, HttpStatusCode status) {
        byte[] body = problem.toBytes();
        exchange.getResponse().setStatusCode(status);
        exchange.getResponse().getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        exchange.getResponse().getHeaders().setContentLength(body.length);
        return exchange.getResponse().writeWith(Mono.fromSupplier(() -> exchange.getResponse().bufferFactory().wrap(body)));
    }
}
