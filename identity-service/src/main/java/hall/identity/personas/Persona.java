package hall.identity.personas;

import hall.security.Role;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A caller that may obtain tokens with the client-credentials grant: a demo user of one role or a machine
 * caller such as a property-management system. The scope claims follow the platform's conventions:
 * {@code window} for clerks, {@code department} for department officers, {@code project} for property managers.
 */
public record Persona(
        String clientId,
        String secret,
        String name,
        List<Role> roles,
        String window,
        String department,
        String project) {

    public Persona {
        if (clientId == null || clientId.isBlank()) {
            throw new IllegalArgumentException("a persona needs a client-id");
        }
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("persona " + clientId + " needs a secret");
        }
        roles = roles == null ? List.of() : List.copyOf(roles);
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("persona " + clientId + " needs at least one role");
        }
        if (roles.contains(Role.CLERK) && isBlank(window)) {
            throw new IllegalArgumentException("clerk " + clientId + " needs a window");
        }
        if (roles.contains(Role.DEPARTMENT_OFFICER) && isBlank(department)) {
            throw new IllegalArgumentException("department officer " + clientId + " needs a department");
        }
        if (roles.contains(Role.PROPERTY_MANAGER) && isBlank(project)) {
            throw new IllegalArgumentException("property manager " + clientId + " needs a project");
        }
    }

    /** Claims added to this persona's access tokens (besides the standard ones). */
    public Map<String, Object> claims() {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("roles", roles.stream().map(Role::name).toList());
        claims.put("name", isBlank(name) ? clientId : name);
        if (!isBlank(window)) {
            claims.put("window", window);
        }
        if (!isBlank(department)) {
            claims.put("department", department);
        }
        if (!isBlank(project)) {
            claims.put("project", project);
        }
        return claims;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
