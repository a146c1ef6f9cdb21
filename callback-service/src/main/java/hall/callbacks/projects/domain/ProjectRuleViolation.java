package hall.callbacks.projects.domain;

import java.util.List;

/** The input breaks the rules of a project or an owner; names every bad field. Nothing is stored. */
public class ProjectRuleViolation extends RuntimeException {

    public record Violation(String field, String message) {
    }

    private final List<Violation> violations;

    public ProjectRuleViolation(List<Violation> violations) {
        super(String.join("; ", violations.stream().map(v -> v.field() + ": " + v.message()).toList()));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
