package hall.surveys.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects every broken field rule of one input, then fails once naming them all. */
public final class InputRules {

    /** Codes of questionnaires, questions, campaigns, projects, windows and departments. */
    public static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");

    private final List<InvalidInput.Violation> violations = new ArrayList<>();

    /** A required text: not blank, at most {@code max} characters, no control characters; returns it stripped. */
    public String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            add(field, "must not be blank");
            return null;
        }
        return limited(field, value.strip(), max);
    }

    /** An optional text: blank becomes null, otherwise as {@link #required}. */
    public String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return limited(field, value.strip(), max);
    }

    /** A required code matching {@link #CODE}. */
    public String code(String field, String value) {
        String v = required(field, value, 40);
        if (v != null && !CODE.matcher(v).matches()) {
            add(field, "must be letters, digits, '-' or '_' (at most 40)");
        }
        return v;
    }

    public <T> T present(String field, T value) {
        if (value == null) {
            add(field, "is required");
        }
        return value;
    }

    public void check(boolean holds, String field, String message) {
        if (!holds) {
            add(field, message);
        }
    }

    public void add(String field, String message) {
        violations.add(new InvalidInput.Violation(field, message));
    }

    public boolean ok() {
        return violations.isEmpty();
    }

    private String limited(String field, String value, int max) {
        if (value.length() > max) {
            add(field, "must be at most " + max + " characters");
        } else if (value.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t')) {
            add(field, "must not contain control characters");
        }
        return value;
    }

    public void failIfAny() {
        if (!violations.isEmpty()) {
            throw new InvalidInput(violations);
        }
    }
}
