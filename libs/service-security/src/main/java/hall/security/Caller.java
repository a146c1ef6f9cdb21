package hall.security;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is calling, read from the access token: subject, display name, roles and scopes (the window of a clerk,
 * the department of a department officer, the project of a property manager).
 */
public record Caller(String subject, String name, Set<Role> roles, String windowCode, String departmentCode,
        String projectCode) {

    public static final String ROLES_CLAIM = "roles";
    public static final String WINDOW_CLAIM = "window";
    public static final String DEPARTMENT_CLAIM = "department";
    public static final String PROJECT_CLAIM = "project";

    /** The caller of the current request; fails when the request is not authenticated by a token. */
    public static Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof Jwt jwt)) {
            throw new IllegalStateException("No authenticated caller");
        }
        return of(jwt);
    }

    public static Caller of(Jwt jwt) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        var claimed = jwt.getClaimAsStringList(ROLES_CLAIM);
        if (claimed != null) {
            for (String role : claimed) {
                try {
                    roles.add(Role.valueOf(role));
                } catch (IllegalArgumentException unknown) {
                    // roles of other systems are ignored
                }
            }
        }
        String name = jwt.getClaimAsString("name");
        return new Caller(jwt.getSubject(), name != null ? name : jwt.getSubject(), roles,
                jwt.getClaimAsString(WINDOW_CLAIM), jwt.getClaimAsString(DEPARTMENT_CLAIM), jwt.getClaimAsString(PROJECT_CLAIM));
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Role... candidates) {
        for (Role role : candidates) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }
}
