package hall.eventing.config;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Defaults every service shares (health groups, metrics with latency histograms and the application label,
 * problem details, log pattern with the request id).
 * Added with the lowest precedence: a service's application.yml or the environment overrides any of them.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("platformDefaults", Map.ofEntries(
                Map.entry("management.endpoints.web.exposure.include", "health,info,prometheus"),
                // latency histograms (http_server_requests_seconds_bucket) and the service's name on every series
                Map.entry("management.metrics.distribution.percentiles-histogram.http.server.requests", "true"),
                Map.entry("management.metrics.tags.application", "${spring.application.name}"),
                Map.entry("management.endpoint.health.probes.enabled", "true"),
                Map.entry("management.endpoint.health.group.readiness.include", "readinessState,db,kafka"),
                Map.entry("management.endpoint.health.show-details", "always"),
                Map.entry("management.endpoint.health.show-components", "always"),
                Map.entry("spring.mvc.problemdetails.enabled", "true"),
                Map.entry("spring.threads.virtual.enabled", "true"),
                Map.entry("spring.kafka.consumer.auto-offset-reset", "earliest"),
                Map.entry("spring.kafka.listener.observation-enabled", "true"),
                Map.entry("logging.pattern.correlation", "[%X{requestId:-}] [%X{traceId:-},%X{spanId:-}] "),
                Map.entry("server.shutdown", "graceful"))));
    }
}
