package hall.benchmarks.referencegateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Spring Cloud Gateway as it comes: one route to the bench's static backend and nothing the platform's gateway adds
 * (no token check or role rules, no rate limit, circuit breaker or retry, no request ids, access log, metrics or
 * tracing). {@code ./platform bench} measures it beside the platform's gateway and nginx, under the gateway's JVM
 * flags, so the table shows what the framework itself costs on the machine and what the platform's features add. With
 * the profile token-check it checks bearer tokens as well ({@link TokenCheck}), and nothing else.
 */
@SpringBootApplication
public class ReferenceGatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(ReferenceGatewayApplication.class, args);
    }
}
