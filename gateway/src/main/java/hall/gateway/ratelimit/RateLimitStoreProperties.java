package hall.gateway.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where the rate-limit buckets live: this gateway's memory (one instance) or Redis (several instances). */
@ConfigurationProperties("hall.gateway.rate-limit")
public record RateLimitStoreProperties(Store store) {

    public RateLimitStoreProperties {
        store = store == null ? Store.MEMORY : store;
    }

    public enum Store { MEMORY, REDIS }
}
