package hall.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.flywaydb.core.api.Location;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every service is an OAuth2 resource server: it validates the bearer token itself (issuer-uri or public key
 * from configuration; RFC 9068 profile and audience, see {@link AccessTokenProfile}), turns the "roles" claim into ROLE_ authorities, and answers 401/403 as problem
 * details. Health, metrics and API documents are open; operator endpoints (/ops/**) need ADMIN.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration" },
        afterName = { "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
                "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration" })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableMethodSecurity
public class ServiceSecurityAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain serviceSecurityFilterChain(HttpSecurity http, JsonMapper json) throws Exception {
        ProblemDetailsSecurityHandler problems = new ProblemDetailsSecurityHandler(json);
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info",
                                "/actuator/prometheus", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**",
                                "/swagger-ui.html", "/error").permitAll()
                        .requestMatchers("/ops/**").hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .oauth2ResourceServer(oauth -> oauth
                        .withObjectPostProcessor(failuresAnsweredBy(problems))
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(rolesConverter()))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    /** The bearer filter's failures go to the problem handler (401, or 503 when the token cannot be checked). */
    private static ObjectPostProcessor<BearerTokenAuthenticationFilter> failuresAnsweredBy(
            ProblemDetailsSecurityHandler problems) {
        return new ObjectPostProcessor<>() {
            @Override
            public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
                filter.setAuthenticationFailureHandler(problems);
                return filter;
            }
        };
    }

    /**
     * Every JWT decoder answers an issuer out of reach as a token that cannot be checked now (503), not a 500, and
     * keeps the tokens it accepted until they expire ({@code platform.security.verified-tokens}, the most kept at
     * once, default 10,000; 0 checks every request's token again).
     */
    @Bean
    static BeanPostProcessor issuerOutOfReachIsUnavailable(Environment environment) {
        long verifiedTokens = environment.getProperty("platform.security.verified-tokens", Long.class, 10_000L);
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (!(bean instanceof JwtDecoder decoder) || bean instanceof IssuerOutOfReach) {
                    return bean;
                }
                return new IssuerOutOfReach(verifiedTokens > 0
                        ? new RecentlyVerifiedTokens(decoder, verifiedTokens, Clock.systemUTC()) : decoder);
            }
        };
    }

    /** RFC 9068's typ at+jwt instead of Spring Security's default (JWT or none); Boot adds it to the decoder. */
    @Bean
    @ConditionalOnMissingBean(JwtTypeValidator.class)
    JwtTypeValidator accessTokenType() {
        return AccessTokenProfile.type();
    }

    @Bean
    OAuth2TokenValidator<Jwt> accessTokenClientId() {
        return AccessTokenProfile.clientId();
    }

    @Bean
    @ConditionalOnBean(DataSource.class)
    @ConditionalOnMissingBean
    ContactReadAudit contactReadAudit(DataSource dataSource) {
        return new ContactReadAudit(JdbcClient.create(dataSource));
    }

    /** The {@code contact_read} table {@link ContactReadAudit} writes, migrated with the service's own schema. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer")
    static class ContactReadMigrations {

        @Bean
        FlywayConfigurationCustomizer contactReadMigration() {
            return configuration -> {
                List<Location> locations = new ArrayList<>(List.of(configuration.getLocations()));
                locations.add(new Location("classpath:db/security"));
                configuration.locations(locations.toArray(Location[]::new));
            };
        }
    }

    static Converter<Jwt, AbstractAuthenticationToken> rolesConverter() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(ServiceSecurityAutoConfiguration::authorities);
        converter.setPrincipalClaimName("sub");
        return converter;
    }

    static Collection<GrantedAuthority> authorities(Jwt jwt) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (Role role : Caller.of(jwt).roles()) {
            authorities.add(new SimpleGrantedAuthority(role.authority()));
        }
        return authorities;
    }
}
