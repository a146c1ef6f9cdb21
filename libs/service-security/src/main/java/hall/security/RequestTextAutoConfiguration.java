package hall.security;

import hall.security.web.NulCharacterFilter;
import hall.security.web.RequestTextJson;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bad text and numbers in requests answer 400 problem details in every service: NUL characters in paths,
 * query parameters and JSON text, numbers sent as text, decimals sent as whole numbers.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class RequestTextAutoConfiguration {

    @Bean
    JsonMapperBuilderCustomizer requestTextJson() {
        return RequestTextJson::configure;
    }

    @Bean
    FilterRegistrationBean<NulCharacterFilter> nulCharacterFilter(JsonMapper json) {
        FilterRegistrationBean<NulCharacterFilter> registration = new FilterRegistrationBean<>(new NulCharacterFilter(json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }
}
