package hall.security.openapi;

import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springdoc.core.customizers.GlobalOperationCustomizer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/** Every service that serves an OpenAPI document (springdoc) gets the platform's customization of it. */
@AutoConfiguration
@ConditionalOnClass(GlobalOpenApiCustomizer.class)
@EnableConfigurationProperties(OpenApiProperties.class)
public class OpenApiAutoConfiguration {

    @Bean
    PlatformOpenApi platformOpenApi(OpenApiProperties properties,
            @Value("${spring.application.name:service}") String applicationName) {
        return new PlatformOpenApi(properties, applicationName);
    }

    @Bean
    GlobalOpenApiCustomizer platformDocument(PlatformOpenApi platform) {
        return platform::document;
    }

    @Bean
    GlobalOperationCustomizer platformOperations(PlatformOpenApi platform) {
        return platform::operation;
    }
}
