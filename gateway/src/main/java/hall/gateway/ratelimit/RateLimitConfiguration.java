package hall.gateway.ratelimit;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.cloud.gateway.support.ConfigurationService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

@Configuration(proxyBeanMethods = false)
public class RateLimitConfiguration {

    /** Defaults for routes whose RequestRateLimiter filter gives no {@code client-rate-limiter.*} arguments. */
    @Bean
    @ConfigurationProperties("hall.gateway.rate-limit.defaults")
    ClientRateLimiter.Config rateLimitDefaults() {
        return new ClientRateLimiter.Config();
    }

    @Bean
    @Primary
    ClientRateLimiter clientRateLimiter(ConfigurationService configurationService, ClientRateLimiter.Config rateLimitDefaults,
            RateLimitStoreProperties store, ObjectProvider<RedisRateLimiter> redisRateLimiter) {
        RedisRateLimiter shared = null;
        if (store.store() == RateLimitStoreProperties.Store.REDIS) {
            shared = redisRateLimiter.getIfAvailable();
            if (shared == null) {
                throw new IllegalStateException(
                        "hall.gateway.rate-limit.store=redis needs Redis (activate the 'redis' profile and set REDIS_HOST)");
            }
        }
        return new ClientRateLimiter(configurationService, rateLimitDefaults, shared, System::nanoTime);
    }

    @Bean
    @Primary
    ClientKeyResolver clientKeyResolver() {
        return new ClientKeyResolver();
    }
}
