package hall.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Signs access tokens like the platform's issuer does: RFC 9068 profile (header typ at+jwt, claims iss, sub,
 * client_id, aud = the platform's API, iat, exp, jti) plus the platform's claims (name, roles, window,
 * department, project), with a key made for this test JVM, and points the resource server at its public key.
 */
public final class TestTokens {

    public static final String ISSUER = "https://issuer.test.hall.example";
    /** The audience the services under test require (the platform's API). */
    public static final String AUDIENCE = "hall-platform-api";
    private static KeyPair keys;
    private static Path publicKeyFile;

    private TestTokens() {
    }

    /** Makes the service trust the test key (and the test issuer). */
    public static void register(DynamicPropertyRegistry registry) {
        init();
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + publicKeyFile);
        // an empty issuer-uri makes the resource server use the public key instead of contacting an issuer
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", () -> "");
        registry.add("spring.security.oauth2.resourceserver.jwt.audiences", () -> AUDIENCE);
    }

    /** An "Authorization" header value: "Bearer &lt;token&gt;". */
    public static String bearer(String subject, List<String> roles, Map<String, String> scopes) {
        return "Bearer " + token(subject, roles, scopes);
    }

    public static String token(String subject, List<String> roles, Map<String, String> scopes) {
        return token(AUDIENCE, subject, roles, scopes);
    }

    /** A token for another audience (an API other than the platform's), which the services must refuse. */
    public static String bearerFor(String audience, String subject, List<String> roles, Map<String, String> scopes) {
        return "Bearer " + token(audience, subject, roles, scopes);
    }

    private static synchronized String token(String audience, String subject, List<String> roles,
            Map<String, String> scopes) {
        init();
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(subject)
                .audience(audience)
                .claim("client_id", subject)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now.minusSeconds(5)))
                .expirationTime(Date.from(now.plusSeconds(3600)))
                .claim("name", subject)
                .claim("roles", roles);
        scopes.forEach(claims::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("test")
                .type(new JOSEObjectType("at+jwt")).build(), claims.build());
        try {
            jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static void init() {
        if (keys != null) {
            return;
        }
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            keys = generator.generateKeyPair();
            publicKeyFile = Files.createTempFile("test-issuer", ".pem");
            publicKeyFile.toFile().deleteOnExit();
            String pem = "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keys.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n";
            Files.writeString(publicKeyFile, pem);
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
