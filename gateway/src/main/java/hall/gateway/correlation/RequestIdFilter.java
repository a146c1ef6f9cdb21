package hall.gateway.correlation;

import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.handler.TracingObservationHandler;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;
import reactor.util.context.Context;

/**
 * First filter of every request: takes or makes the {@code X-Request-Id}, passes it to the service (request
 * header), returns it to the caller (response header, also on the gateway's own errors), keeps it in the
 * exchange's attributes and the Reactor context, and writes one access log line per request (when the response
 * starts, or when the request ends without one) with it in the MDC. The gateway runs without automatic context
 * propagation (spring.reactor.context-propagation=limited, far cheaper per request): a filter that logs puts the
 * request id of {@link #ATTRIBUTE} into the MDC around its log line, as this one does.
 */
@Component
public class RequestIdFilter implements WebFilter, Ordered {

    public static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".requestId";
    /** The path the caller asked for (the fallback forward changes the request's path). */
    public static final String ORIGINAL_PATH_ATTRIBUTE = RequestIdFilter.class.getName() + ".originalPath";
    private static final Logger access = LoggerFactory.getLogger("hall.gateway.access");

    public RequestIdFilter() {
        RequestIdMdcAccessor.register();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        String requestId = RequestId.takeOrMake(request.getHeaders().getFirst(RequestId.HEADER));
        long started = System.nanoTime();

        ServerHttpRequest forwarded = request.mutate()
                .headers(headers -> headers.set(RequestId.HEADER, requestId))
                .build();
        ServerWebExchange withId = exchange.mutate().request(forwarded).build();
        withId.getAttributes().put(ATTRIBUTE, requestId);
        withId.getAttributes().put(ORIGINAL_PATH_ATTRIBUTE, request.getPath().value());
        withId.getResponse().getHeaders().set(RequestId.HEADER, requestId);
        AtomicBoolean logged = new AtomicBoolean();
        withId.getResponse().beforeCommit(() -> {
            // a service may echo its own copy: the caller sees exactly one value
            withId.getResponse().getHeaders().set(RequestId.HEADER, requestId);
            logAccess(withId, requestId, started, logged);
            return Mono.empty();
        });

        return chain.filter(withId)
                .doFinally(signal -> logAccess(withId, requestId, started, logged))
                .contextWrite(Context.of(RequestId.MDC_KEY, requestId));
    }

    private static void logAccess(ServerWebExchange exchange, String requestId, long started, AtomicBoolean logged) {
        if (!access.isInfoEnabled() || !logged.compareAndSet(false, true)) {
            return;
        }
        String previous = MDC.get(RequestId.MDC_KEY);
        MDC.put(RequestId.MDC_KEY, requestId);
        // the request's own trace (its server observation), so the line can be followed into the services' logs
        Span span = ServerRequestObservationContext.findCurrent(exchange.getAttributes())
                .map(context -> {
                    TracingObservationHandler.TracingContext tracing = context.get(TracingObservationHandler.TracingContext.class);
                    return tracing == null ? null : tracing.getSpan();
                })
                .orElse(null);
        boolean traced = span != null && MDC.get("traceId") == null;
        if (traced) {
            MDC.put("traceId", span.context().traceId());
            MDC.put("spanId", span.context().spanId());
        }
        try {
            HttpStatusCode status = exchange.getResponse().getStatusCode();
            access.info("{} {} -> {} in {} ms",
                    exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath().value(),
                    status == null ? "-" : status.value(),
                    (System.nanoTime() - started) / 1_000_000);
        } finally {
            if (traced) {
                MDC.remove("traceId");
                MDC.remove("spanId");
            }
            if (previous == null) {
                MDC.remove(RequestId.MDC_KEY);
            } else {
                MDC.put(RequestId.MDC_KEY, previous);
            }
        }
    }
}
