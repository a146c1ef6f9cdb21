package hall.identity.personas;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The callers this issuer knows, from {@code identity.personas} (secrets come from the environment, see
 * application.yml), the lifetime of the access tokens it issues, the audience they name (the platform's API,
 * {@code identity.audience}) and the scopes a client may ask for ({@code identity.scopes}).
 */
@ConfigurationProperties("identity")
public record PersonaProperties(List<Persona> personas, Duration tokenTimeToLive, String audience,
        List<String> scopes) {

    public PersonaProperties {
        audience = audience == null || audience.isBlank() ? "hall-platform-api" : audience;
        scopes = scopes == null ? List.of() : List.copyOf(scopes);
        personas = personas == null ? List.of() : List.copyOf(personas);
        tokenTimeToLive = tokenTimeToLive == null ? Duration.ofHours(1) : tokenTimeToLive;
        long distinct = personas.stream().map(Persona::clientId).distinct().count();
        if (distinct != personas.size()) {
            throw new IllegalArgumentException("identity.personas has duplicate client ids");
        }
    }

    public Optional<Persona> find(String clientId) {
        return personas.stream().filter(p -> p.clientId().equals(clientId)).findFirst();
    }
}
