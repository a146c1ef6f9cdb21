package hall.gateway.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Maps the {@code roles} claim to {@code ROLE_*} authorities. A scoped role counts only with its scope claim:
 * CLERK needs {@code window}, DEPARTMENT_OFFICER needs {@code department}, PROPERTY_MANAGER needs {@code project}.
 */
public class PlatformRoles implements Converter<Jwt, Collection<GrantedAuthority>> {

    @Override
    public Collection<GrantedAuthority> convert(Jwt jwt) {
        List<String> roles = jwt.hasClaim("roles") ? jwt.getClaimAsStringList("roles") : List.of();
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (String role : roles == null ? List.<String>of() : roles) {
            if (role != null && hasScopeFor(role, jwt)) {
                authorities.add(new SimpleGrantedAuthority("ROLE_" + role));
            }
        }
        return authorities;
    }

    private static boolean hasScopeFor(String role, Jwt jwt) {
        String scopeClaim = switch (role) {
            case "CLERK" -> "window";
            case "DEPARTMENT_OFFICER" -> "department";
            case "PROPERTY_MANAGER" -> "project";
            default -> null;
        };
        if (scopeClaim == null) {
            return true;
        }
        String scope = jwt.getClaimAsString(scopeClaim);
        return scope != null && !scope.isBlank();
    }
}
