package hall.gateway.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Front-end origins allowed to call the gateway from a browser ({@code CORS_ALLOWED_ORIGINS}, comma separated). */
@ConfigurationProperties("hall.gateway.cors")
public record CorsProperties(List<String> allowedOrigins, Duration maxAge) {

    public CorsProperties {
        allowedOrigins = allowedOrigins == null ? List.of() : allowedOrigins.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
        maxAge = maxAge == null ? Duration.ofHours(1) : maxAge;
    }
}
