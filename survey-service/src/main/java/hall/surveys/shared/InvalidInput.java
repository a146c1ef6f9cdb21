package hall.surveys.shared;

import java.util.List;

/** The input breaks field rules; every bad field is named (answered 400). Nothing is stored. */
public class InvalidInput extends RuntimeException {

    public record Violation(String field, String message) {
    }

    private final List<Violation> violations;

    public InvalidInput(List<Violation> violations) {
        super(String.join("; ", violations.stream().map(v -> v.field() + ": " + v.message()).toList()));
        this.violations = List.copyOf(violations);
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(List.of(new Violation(field, message)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
