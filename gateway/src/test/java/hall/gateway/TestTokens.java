package hall.gateway;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.net.InetSocketAddress;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.sun.net.httpserver.HttpServer;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/**
 * Signs test access tokens (RFC 9068 profile: typ at+jwt, client_id, aud = the platform's API) with a key the
 * gateway under test trusts (JWK set served here).
 */
final class TestTokens {

    static final String ISSUER = "http://issuer.test:18090";
    static final String AUDIENCE = "hall-platform-api";

    private static final KeyPair KEYS = generate();
    private static final KeyPair OTHER_KEYS = generate();
    private static final HttpServer JWKS = serveJwks();

    private TestTokens() {
    }

    /** JWK set URI of the test issuer (the gateway validates signatures against it and "iss" against ISSUER). */
    static String jwkSetUri() {
        return "http://127.0.0.1:" + JWKS.getAddress().getPort() + "/jwks";
    }

    /** "Bearer ..." for a fresh subject with these roles; scoped roles get their scope claim. */
    static String bearer(String... roles) {
        return bearerFor("user-" + UUID.randomUUID(), roles);
    }

    static String bearerFor(String subject, String... roles) {
        JwtClaimsSet.Builder claims = baseClaims(subject, ISSUER, roles);
        List<String> list = List.of(roles);
        if (list.contains("CLERK")) {
            claims.claim("window", "W01");
        }
        if (list.contains("DEPARTMENT_OFFICER")) {
            claims.claim("department", "D01");
        }
        if (list.contains("PROPERTY_MANAGER")) {
            claims.claim("project", "P01");
        }
        return "Bearer " + sign(claims.build(), KEYS);
    }

    static String bearerWithoutScope(String role) {
        return "Bearer " + sign(baseClaims("user-" + UUID.randomUUID(), ISSUER, role).build(), KEYS);
    }

    static String bearerFromOtherIssuer(String role) {
        return "Bearer " + sign(baseClaims("user-" + UUID.randomUUID(), "http://elsewhere.test", role).build(), KEYS);
    }

    /** A token of the right issuer and key, but for another API (RFC 9068 aud). */
    static String bearerForOtherAudience(String role) {
        return "Bearer " + sign(baseClaims("user-" + UUID.randomUUID(), ISSUER, role).audience(List.of("other-api"))
                .build(), KEYS);
    }

    static String bearerSignedByOtherKey(String role) {
        return "Bearer " + sign(baseClaims("user-" + UUID.randomUUID(), ISSUER, role).build(), OTHER_KEYS);
    }

    private static JwtClaimsSet.Builder baseClaims(String subject, String issuer, String... roles) {
        Instant now = Instant.now();
        return JwtClaimsSet.builder()
                .issuer(issuer)
                .subject(subject)
                .audience(List.of(AUDIENCE))
                .claim("client_id", subject)
                .id(UUID.randomUUID().toString())
                .issuedAt(now)
                .expiresAt(now.plusSeconds(600))
                .claim("name", "Test " + subject)
                .claim("roles", List.of(roles));
    }

    private static String sign(JwtClaimsSet claims, KeyPair keys) {
        RSAKey jwk = new RSAKey.Builder((RSAPublicKey) keys.getPublic())
                .privateKey((RSAPrivateKey) keys.getPrivate())
                .keyID("test-key")
                .build();
        NimbusJwtEncoder encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(jwk)));
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId("test-key").type("at+jwt").build();
        return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpServer serveJwks() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
            byte[] body = new JWKSet(new RSAKey.Builder((RSAPublicKey) KEYS.getPublic()).keyID("test-key").build())
                    .toString().getBytes(StandardCharsets.UTF_8);
            server.createContext("/jwks", exchange -> {
                try (exchange) {
                    exchange.getResponseHeaders().set("Content-Type", "application/json");
                    exchange.sendResponseHeaders(200, body.length);
                    exchange.getResponseBody().write(body);
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
