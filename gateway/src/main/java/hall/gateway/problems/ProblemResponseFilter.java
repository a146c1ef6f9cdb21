package hall.gateway.problems;

import java.util.concurrent.atomic.AtomicBoolean;

import org.reactivestreams.Publisher;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Turns every error the gateway completes without a body (401 and 403 from security, 403 from CORS, 413 from
 * the request-size filter, 429 from the rate limiter) into an {@code application/problem+json} body. Responses
 * proxied from the services are written with a body and pass through unchanged.
 */
@Component
public class ProblemResponseFilter implements WebFilter, Ordered {

    public static final int ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    @Override
    public int getOrder() {
        return ORDER;
    }

    private final int maxTargetLength;

    public ProblemResponseFilter(@Value("${gateway.max-request-target-length:4096}") int maxTargetLength) {
        this.maxTargetLength = maxTargetLength;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        boolean head = HttpMethod.HEAD.equals(exchange.getRequest().getMethod());
        String rawPath = exchange.getRequest().getURI().getRawPath();
        String rawQuery = exchange.getRequest().getURI().getRawQuery();
        int targetLength = (rawPath == null ? 0 : rawPath.length()) + (rawQuery == null ? 0 : rawQuery.length() + 1);
        String instance = targetLength > maxTargetLength ? "/" : exchange.getRequest().getPath().value();
        ProblemOnEmptyError response = new ProblemOnEmptyError(exchange.getResponse(), instance, head);
        if (targetLength > maxTargetLength) {
            response.setStatusCode(HttpStatus.URI_TOO_LONG);
            return response.setComplete();
        }
        String nulParameter = QueryNul.parameterWithNul(rawQuery);
        if (nulParameter != null) {
            // the firewall checks only the path; a NUL in a query parameter is refused here, before any route
            response.setStatusCode(HttpStatus.BAD_REQUEST);
            return response.complete(ProblemJson.of(HttpStatus.BAD_REQUEST,
                    "The query parameter '" + nulParameter + "' contains a NUL character.", instance)
                    .with("parameter", nulParameter));
        }
        // a refusal that only sets the status (Spring Security's firewall: encoded slash, NUL, ...) is completed
        // by the server after the filters, on the undecorated response: complete it here, with its problem body
        return chain.filter(exchange.mutate().response(response).build())
                .then(Mono.defer(() -> response.refusedWithoutBody() ? response.setComplete() : Mono.empty()));
    }

    static final class ProblemOnEmptyError extends ServerHttpResponseDecorator {

        private final String instance;
        private final boolean head;
        private final AtomicBoolean bodyWritten = new AtomicBoolean();

        ProblemOnEmptyError(ServerHttpResponse delegate, String instance, boolean head) {
            super(delegate);
            this.instance = instance;
            this.head = head;
        }

        @Override
        public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
            bodyWritten.set(true);
            return super.writeWith(body);
        }

        @Override
        public Mono<Void> writeAndFlushWith(Publisher<? extends Publisher<? extends DataBuffer>> body) {
            bodyWritten.set(true);
            return super.writeAndFlushWith(body);
        }

        boolean refusedWithoutBody() {
            HttpStatusCode status = getStatusCode();
            return !head && !bodyWritten.get() && !isCommitted() && status != null && status.isError();
        }

        @Override
        public Mono<Void> setComplete() {
            HttpStatusCode status = getStatusCode();
            if (head || bodyWritten.get() || isCommitted() || status == null || !status.isError()) {
                return super.setComplete();
            }
            ProblemJson problem = ProblemJson.of(status, detailFor(status), instance);
            String retryAfter = getHeaders().getFirst(HttpHeaders.RETRY_AFTER);
            if (retryAfter != null) {
                problem = problem.with("retryAfterSeconds", retryAfter);
            }
            return complete(problem);
        }

        /** Completes the response with the given problem as its body (none for HEAD). */
        Mono<Void> complete(ProblemJson problem) {
            if (head) {
                return super.setComplete();
            }
            byte[] bytes = problem.toBytes();
            getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
            getHeaders().setContentLength(bytes.length);
            bodyWritten.set(true);
            return super.writeWith(Mono.fromSupplier(() -> bufferFactory().wrap(bytes)));
        }

        private String detailFor(HttpStatusCode status) {
            String reason = getHeaders().getFirst("errorMessage");
            if (reason != null) {
                getHeaders().remove("errorMessage");
                return reason;
            }
            return switch (status.value()) {
                case 401 -> "A valid bearer token is required.";
                case 403 -> "The token does not carry a role or scope this request needs.";
                case 400 -> "The request line is refused (for example an encoded slash or NUL character in the path).";
                case 413 -> "The request is larger than the gateway accepts.";
                case 414 -> "The request target is longer than the gateway accepts.";
                case 429 -> "Rate limit exceeded for this client; retry after the given number of seconds.";
                default -> null;
            };
        }
    }
}
