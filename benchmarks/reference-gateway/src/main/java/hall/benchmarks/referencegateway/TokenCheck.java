package hall.benchmarks.referencegateway;

import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

import reactor.core.publisher.Mono;

/**
 * The profile token-check: Spring Security's resource server in front of the route and nothing more, configured as
 * lean as the platform's gateway (no session, request cache, CSRF, basic or form login; access tokens of the
 * issuer with the platform's audience and type) and, like the gateway, verifying each token once until it expires.
 * No role rules: any valid token passes. The kept tokens are the gateway's {@code VerifiedTokens} in a few lines: that
 * class is in the gateway's executable jar, and service-security's {@code RecentlyVerifiedTokens} is for servlet
 * services; the bench sends one token, so this store needs no bound.
 */
@Configuration(proxyBeanMethods = false)
@Profile("token-check")
class TokenCheck {

    @Bean
    SecurityWebFilterChain bearerTokensOnly(ServerHttpSecurity http) {
        return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .authorizeExchange(exchanges -> exchanges.anyExchange().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(jwt -> { }))
                .build();
    }

    @Bean
    JwtTypeValidator accessTokenType() {
        return new JwtTypeValidator("at+jwt", "application/at+jwt");
    }

    @Bean
    static BeanPostProcessor verifiedTokensKept() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (!(bean instanceof ReactiveJwtDecoder decoder)) {
                    return bean;
                }
                ConcurrentHashMap<String, Jwt> verified = new ConcurrentHashMap<>();
                return (ReactiveJwtDecoder) token -> {
                    Jwt known = verified.get(token);
                    if (known != null && Instant.now().isBefore(known.getExpiresAt())) {
                        return Mono.just(known);
                    }
                    return decoder.decode(token).doOnNext(jwt -> {
                        if (jwt.getExpiresAt() != null) {
                            verified.put(token, jwt);
                        }
                    });
                };
            }
        };
    }
}
