package hall.callbacks.projects.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects every broken field rule of one input, then fails once naming them all. */
final class FieldChecks {

    private final List<ProjectRuleViolation.Violation> violations = new ArrayList<>();

    /** A required text: not blank, at most {@code max} characters; returns it stripped. */
    String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            violations.add(new ProjectRuleViolation.Violation(field, "must not be blank"));
            return null;
        }
        return limited(field, value.strip(), max);
    }

    /** An optional text: blank becomes null, otherwise at most {@code max} characters. */
    String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return limited(field, value.strip(), max);
    }

    String matching(String field, String value, Pattern pattern, String message) {
        if (value != null && !pattern.matcher(value).matches()) {
            violations.add(new ProjectRuleViolation.Violation(field, message));
        }
        return value;
    }

    private String limited(String field, String value, int max) {
        if (value.length() > max) {
            violations.add(new ProjectRuleViolation.Violation(field, "must be at most " + max + " characters"));
        }
        return value;
    }

    void failIfAny() {
        if (!violations.isEmpty()) {
            throw new ProjectRuleViolation(violations);
        }
    }
}
