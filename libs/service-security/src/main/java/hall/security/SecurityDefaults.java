package hall.security;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Security settings every service shares, with the lowest precedence (a service's application.yml or the
 * environment overrides them): the audience an access token must name ({@code API_AUDIENCE}), and the server and
 * token URL the OpenAPI documents name ({@code GATEWAY_URL}, {@code OPENAPI_TOKEN_URL}).
 */
public class SecurityDefaults implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("securityDefaults", Map.of(
                AccessTokenProfile.AUDIENCE_PROPERTY, "${API_AUDIENCE:" + AccessTokenProfile.DEFAULT_AUDIENCE + "}",
                "platform.openapi.server-url", "${GATEWAY_URL:http://127.0.0.1:18080}",
                "platform.openapi.token-url", "${OPENAPI_TOKEN_URL:}")));
    }
}
