package hall.identity;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Small OAuth2 issuer for the local stack and demos. A hall that runs its own identity provider
 * (Keycloak or any OIDC server) points JWT_ISSUER_URI of the gateway and services at it instead.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IdentityApplication {

    public static void main(String[] args) {
        SpringApplication.run(IdentityApplication.class, args);
    }
}
