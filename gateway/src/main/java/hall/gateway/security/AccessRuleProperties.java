package hall.gateway.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code hall.gateway.access}: the role rules per path, first match wins; see README's role matrix. */
@ConfigurationProperties("hall.gateway.access")
public record AccessRuleProperties(List<AccessRule> rules, List<String> openPaths) {

    public AccessRuleProperties {
        rules = rules == null ? List.of() : List.copyOf(rules);
        openPaths = openPaths == null ? List.of() : List.copyOf(openPaths);
    }
}
