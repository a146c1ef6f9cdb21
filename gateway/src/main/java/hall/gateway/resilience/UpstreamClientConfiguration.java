package hall.gateway.resilience;

import org.springframework.cloud.gateway.config.HttpClientCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class UpstreamClientConfiguration {

    /**
     * Reactor Netty may silently resend a request once when a pooled connection turns out to be closed. Only the
     * route's Retry filter (GET and HEAD) may repeat a request: a POST reaches a service at most once.
     */
    @Bean
    HttpClientCustomizer noTransportRetry() {
        return httpClient -> httpClient.disableRetry(true);
    }
}
