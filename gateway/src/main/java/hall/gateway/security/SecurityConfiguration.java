package hall.gateway.security;

import java.time.Clock;
import java.util.Objects;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.oauth2.server.resource.web.server.BearerTokenServerAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.server.BearerTokenServerAccessDeniedHandler;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * The gateway is an OAuth2 resource server: every API path needs a valid JWT from the configured issuer
 * (401 otherwise) and a role the path's access rule names (403 otherwise). Both answers are problem details
 * (see ProblemResponseFilter).
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfiguration {

    @Bean
    SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, AccessRuleProperties access) {
        JwtAuthenticationConverter jwtConverter = new JwtAuthenticationConverter();
        jwtConverter.setJwtGrantedAuthoritiesConverter(new PlatformRoles());

        http.csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .cors(cors -> { })
                .headers(headers -> headers
                        .frameOptions(frame -> frame.mode(XFrameOptionsServerHttpHeadersWriter.Mode.DENY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy.NO_REFERRER))
                        .hsts(hsts -> hsts.includeSubdomains(true)))
                .authorizeExchange(exchanges -> {
                    // reached only by the circuit breakers' internal forward, which does not pass these filters
                    exchanges.pathMatchers("/fallback/**").denyAll();
                    exchanges.pathMatchers(access.openPaths().toArray(String[]::new)).permitAll();
                    for (AccessRule rule : access.rules()) {
                        String[] paths = rule.paths().toArray(String[]::new);
                        String[] roles = rule.roles().toArray(String[]::new);
                        if (rule.methods().isEmpty()) {
                            exchanges.pathMatchers(paths).hasAnyRole(roles);
                        } else {
                            for (String method : rule.methods()) {
                                exchanges.pathMatchers(HttpMethod.valueOf(method), paths).hasAnyRole(roles);
                            }
                        }
                    }
                    exchanges.anyExchange().authenticated();
                })
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(new ReactiveJwtAuthenticationConverterAdapter(jwtConverter)))
                        .authenticationEntryPoint(new BearerTokenServerAuthenticationEntryPoint())
                        .accessDeniedHandler(new BearerTokenServerAccessDeniedHandler()))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(new BearerTokenServerAuthenticationEntryPoint())
                        .accessDeniedHandler((exchange, denied) -> {
                            exchange.getResponse().setStatusCode(HttpStatus.FORBIDDEN);
                            return exchange.getResponse().setComplete();
                        }));
        return http.build();
    }

    /**
     * RFC 9068 access tokens: typ at+jwt (instead of Spring Security's default, JWT or none) and a client_id;
     * Spring Boot adds both to the decoder beside the issuer and audience checks.
     */
    @Bean
    JwtTypeValidator accessTokenType() {
        return new JwtTypeValidator("at+jwt", "application/at+jwt");
    }

    @Bean
    OAuth2TokenValidator<Jwt> accessTokenClientId() {
        return new JwtClaimValidator<>("client_id", Objects::nonNull);
    }

    /**
     * Verified tokens are kept until they expire (see VerifiedTokens); the decoder Spring Boot builds from the
     * issuer, audience and the validators above does the full check of every token not seen yet.
     */
    @Bean
    static BeanPostProcessor keepVerifiedTokens(@Value("${hall.gateway.verified-tokens.max-entries:10000}") int maxEntries) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof ReactiveJwtDecoder decoder && !(bean instanceof VerifiedTokens) && maxEntries > 0
                        ? new VerifiedTokens(decoder, maxEntries, Clock.systemUTC()) : bean;
            }
        };
    }

    /**
     * No observation (span, timer) around each of the security chain's filters, its authentication and its
     * authorization: the request as a whole is still observed (http.server.requests, its trace).
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    CorsConfigurationSource corsConfigurationSource(CorsProperties cors) {
        CorsConfiguration config = new CorsConfiguration();
        config.setAllowedOrigins(cors.allowedOrigins());
        config.addAllowedMethod("*");
        config.addAllowedHeader("*");
        config.addExposedHeader("X-Request-Id");
        config.addExposedHeader("Retry-After");
        config.addExposedHeader("Location");
        config.addExposedHeader("X-RateLimit-Remaining");
        config.setAllowCredentials(false);
        config.setMaxAge(cors.maxAge());
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", config);
        return source;
    }
}
