package hall.gateway.problems;

import java.util.concurrent.atomic.AtomicBoolean;

import org.reactivestreams.Publisher;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
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

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        boolean head = HttpMethod.HEAD.equals(exchange.getRequest().getMethod());
        String instance = exchange.getRequest().getPath().value();
        return chain.filter(exchange.mutate().response(new ProblemOnEmptyError(exchange.getResponse(), instance, head)).build());
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
                case 413 -> "The request is larger than the gateway accepts.";
                case 429 -> "Rate limit exceeded for this client; retry after the given number of seconds.";
                default -> null;
            };
        }
    }
}
