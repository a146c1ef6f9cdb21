package hall.identity.issuer;

import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import hall.identity.personas.Persona;
import hall.identity.personas.PersonaProperties;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.http.converter.OAuth2ErrorHttpMessageConverter;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;

/**
 * Registers one client-credentials client per persona and issues JWT access tokens per RFC 9068 (header
 * {@code typ: at+jwt}, claims {@code client_id} and {@code aud} = the platform's API) with the platform's claims
 * ({@code roles}, {@code name}, {@code window}, {@code department}, {@code project}). A failed client
 * authentication answers 401 {@code invalid_client} with {@code WWW-Authenticate: Basic} (RFC 6749, 5.2). The
 * metadata documents list the scopes and only the client authentication methods the clients have. The issuer
 * ({@code spring.security.oauth2.authorizationserver.issuer}) and the signing key (generated at start, published
 * at /oauth2/jwks) come from Spring Boot's authorization-server auto-configuration.
 */
@Configuration(proxyBeanMethods = false)
public class IssuerConfiguration {

    /** The JWT "typ" of access tokens (RFC 9068, 2.1). */
    public static final String ACCESS_TOKEN_TYPE = "at+jwt";
    private static final String REALM = "hall-platform";
    private static final OAuth2ErrorHttpMessageConverter ERRORS = new OAuth2ErrorHttpMessageConverter();

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    RegisteredClientRepository registeredClientRepository(PersonaProperties properties, PasswordEncoder encoder) {
        if (properties.personas().isEmpty()) {
            throw new IllegalStateException("identity.personas is empty: no client could get a token");
        }
        TokenSettings tokenSettings = TokenSettings.builder()
                .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                .accessTokenTimeToLive(properties.tokenTimeToLive())
                .build();
        List<RegisteredClient> clients = properties.personas().stream()
                .map(persona -> RegisteredClient.withId(UUID.nameUUIDFromBytes(persona.clientId().getBytes()).toString())
                        .clientId(persona.clientId())
                        .clientSecret(encoder.encode(persona.secret()))
                        .clientName(persona.name())
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                        .scopes(scopes -> scopes.addAll(properties.scopes()))
                        .tokenSettings(tokenSettings)
                        .build())
                .toList();
        return new InMemoryRegisteredClientRepository(clients);
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> platformClaims(PersonaProperties properties) {
        return context -> {
            if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
                return;
            }
            String clientId = context.getRegisteredClient().getClientId();
            Persona persona = properties.find(clientId)
                    .orElseThrow(() -> new IllegalStateException("no persona for client " + clientId));
            context.getJwsHeader().type(ACCESS_TOKEN_TYPE);
            context.getClaims()
                    .audience(List.of(properties.audience()))
                    .claim("client_id", clientId)
                    .claims(claims -> claims.putAll(persona.claims()));
        };
    }

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http, PersonaProperties properties) throws Exception {
        http.oauth2AuthorizationServer(server -> {
                    http.securityMatcher(server.getEndpointsMatcher());
                    server.clientAuthentication(client -> client.errorResponseHandler(IssuerConfiguration::clientAuthenticationFailed))
                            .authorizationServerMetadataEndpoint(metadata -> metadata.authorizationServerMetadataCustomizer(
                                    builder -> builder.claims(claims -> advertise(claims, properties.scopes()))))
                            .oidc(oidc -> oidc.providerConfigurationEndpoint(provider -> provider.providerConfigurationCustomizer(
                                    builder -> builder.claims(claims -> advertise(claims, properties.scopes())))));
                })
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
        return http.build();
    }

    /**
     * Both metadata documents (OAuth 2.0 and OpenID Connect) list the scopes and, instead of every method the
     * server knows (mutual TLS cannot be offered over plain HTTP, and no client has keys), the client secret
     * methods every client is registered with.
     */
    private static void advertise(Map<String, Object> claims, List<String> scopes) {
        List<String> offered = List.of(ClientAuthenticationMethod.CLIENT_SECRET_BASIC.getValue(),
                ClientAuthenticationMethod.CLIENT_SECRET_POST.getValue());
        for (String endpoint : List.of("token", "revocation", "introspection")) {
            String name = endpoint + "_endpoint_auth_methods_supported";
            if (claims.containsKey(name)) {
                claims.put(name, offered);
            }
        }
        Set<String> supported = new LinkedHashSet<>();
        if (claims.get("scopes_supported") instanceof Collection<?> present) {
            present.forEach(scope -> supported.add(String.valueOf(scope)));
        }
        supported.addAll(scopes);
        claims.put("scopes_supported", List.copyOf(supported));
    }

    private static void clientAuthenticationFailed(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        OAuth2Error error = exception instanceof OAuth2AuthenticationException oauth
                ? oauth.getError() : new OAuth2Error(OAuth2ErrorCodes.INVALID_CLIENT);
        ServletServerHttpResponse answer = new ServletServerHttpResponse(response);
        if (OAuth2ErrorCodes.INVALID_CLIENT.equals(error.getErrorCode())) {
            answer.setStatusCode(HttpStatus.UNAUTHORIZED);
            answer.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        } else {
            answer.setStatusCode(HttpStatus.BAD_REQUEST);
        }
        ERRORS.write(error, null, answer);
    }

    @Bean
    @Order(2)
    SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info",
                                "/actuator/prometheus", "/error").permitAll()
                        .anyRequest().denyAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
        return http.build();
    }
}
