package hall.security;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Security settings every service shares, with the lowest precedence (a service's application.yml or the
 * environment overrides them): the audience an access token must name, from {@code API_AUDIENCE}.
 */
public class SecurityDefaults implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("securityDefaults", Map.of(
                AccessTokenProfile.AUDIENCE_PROPERTY, "${API_AUDIENCE:" + AccessTokenProfile.DEFAULT_AUDIENCE + "}")));
    }
}
