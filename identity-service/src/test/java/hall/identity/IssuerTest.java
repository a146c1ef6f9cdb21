package hall.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ISSUER_URI=http://issuer.test:18090", "DEMO_CLIENT_SECRET=test-secret"})
class IssuerTest {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    @LocalServerPort
    int port;

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> requestToken(String clientId, String secret) throws Exception {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private Jwt token(String clientId, String secret) throws Exception {
        HttpResponse<String> response = requestToken(clientId, secret);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        Matcher matcher = ACCESS_TOKEN.matcher(response.body());
        assertThat(matcher.find()).isTrue();
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri("http://127.0.0.1:" + port + "/oauth2/jwks").build();
        // the strict RFC 9068 checks: typ at+jwt, iss, exp, aud, sub, client_id, iat, jti
        decoder.setJwtValidator(JwtValidators.createAtJwtValidator()
                .issuer("http://issuer.test:18090").audience("hall-platform-api").clientId(clientId).build());
        return decoder.decode(matcher.group(1));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void accessTokensFollowTheJwtAccessTokenProfile() throws Exception {
        Jwt jwt = token("clerk", "test-secret");

        assertThat(jwt.getHeaders()).containsEntry("typ", "at+jwt");
        assertThat(jwt.getAudience()).containsExactly("hall-platform-api");
        assertThat(jwt.getClaimAsString("client_id")).isEqualTo("clerk");
        assertThat(jwt.getId()).isNotBlank();
    }

    @Test
    void wrongSecretIsInvalidClientWithABasicChallenge() throws Exception {
        HttpResponse<String> refused = requestToken("clerk", "wrong-secret");

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("\"error\":\"invalid_client\"");
        assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Basic realm="));
    }

    @Test
    void metadataListsScopesAndOnlyTheClientAuthenticationMethodsOffered() throws Exception {
        for (String path : List.of("/.well-known/oauth-authorization-server", "/.well-known/openid-configuration")) {
            JsonNode metadata = JSON.readTree(get(path).body());

            assertThat(metadata.get("scopes_supported").toString()).as(path).contains("\"hall.api\"");
            assertThat(metadata.get("token_endpoint_auth_methods_supported").toString()).as(path)
                    .isEqualTo("[\"client_secret_basic\",\"client_secret_post\"]");
        }
    }

    @Test
    void metricsAreOpenToTheScraperWithHistogramBuckets() throws Exception {
        get("/actuator/health");
        HttpResponse<String> metrics = get("/actuator/prometheus");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("# HELP ").contains("http_server_requests_seconds_bucket")
                .contains("application=\"identity-service\"");
    }

    @Test
    void clerkTokenCarriesRoleWindowNameAndConfiguredIssuer() throws Exception {
        Jwt jwt = token("clerk", "test-secret");

        assertThat(jwt.getSubject()).isEqualTo("clerk");
        assertThat(jwt.getExpiresAt()).isAfter(jwt.getIssuedAt().plusSeconds(3500)).isBefore(jwt.getIssuedAt().plusSeconds(3700));
        assertThat(jwt.getClaimAsString("iss")).isEqualTo("http://issuer.test:18090");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("CLERK");
        assertThat(jwt.getClaimAsString("window")).isEqualTo("W-MKT-01");
        assertThat(jwt.getClaimAsString("name")).isEqualTo("Li Si");
        assertThat(jwt.hasClaim("department")).isFalse();
    }

    @Test
    void everyRoleHasADemoPersonaWithItsScopeClaim() throws Exception {
        assertThat(token("applicant", "test-secret").getClaimAsStringList("roles")).isEqualTo(List.of("APPLICANT"));
        assertThat(token("officer", "test-secret").getClaimAsString("department")).isEqualTo("D-CON");
        assertThat(token("officer-fire", "test-secret").getClaimAsString("department")).isEqualTo("D-FIRE");
        assertThat(token("supervisor", "test-secret").getClaimAsStringList("roles")).isEqualTo(List.of("SUPERVISOR"));
        assertThat(token("callback-agent", "test-secret").getClaimAsStringList("roles")).isEqualTo(List.of("CALLBACK_AGENT"));
        assertThat(token("manager", "test-secret").getClaimAsString("project")).isEqualTo("P01");
        assertThat(token("admin", "test-secret").getClaimAsStringList("roles")).isEqualTo(List.of("ADMIN"));
    }

    @Test
    void machineClientOfThePropertySystemGetsAProjectScopedToken() throws Exception {
        Jwt jwt = token("property-system", "property-system-secret");

        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("PROPERTY_MANAGER");
        assertThat(jwt.getClaimAsString("project")).isEqualTo("P01");
    }

    @Test
    void wrongSecretGetsNoToken() throws Exception {
        assertThat(requestToken("clerk", "demo-secret").statusCode()).isEqualTo(401);
    }

    @Test
    void discoveryDocumentNamesTheIssuerAndHealthIsOpen() throws Exception {
        HttpResponse<String> discovery = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/.well-known/openid-configuration")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(discovery.statusCode()).isEqualTo(200);
        assertThat(discovery.body()).contains("\"issuer\":\"http://issuer.test:18090\"");

        HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
    }
}
