package hall.gateway.security;

import java.util.List;

/**
 * A coarse rule the gateway enforces before routing: requests to these paths (and, if given, these methods)
 * need one of these roles. The services enforce the fine rules (own window, own department, state of the case)
 * themselves.
 */
public record AccessRule(List<String> paths, List<String> methods, List<String> roles) {

    public AccessRule {
        paths = paths == null ? List.of() : List.copyOf(paths);
        methods = methods == null ? List.of() : List.copyOf(methods);
        roles = roles == null ? List.of() : List.copyOf(roles);
        if (paths.isEmpty() || roles.isEmpty()) {
            throw new IllegalArgumentException("an access rule needs paths and roles");
        }
    }
}
