package hall.callbacks.tasks.domain;

import hall.callbacks.shared.BadField;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/** What the person answered: every one of the six dimensions rated, with comments and suggestions. */
public record Outcome(Map<Dimension, Rating> answers, String comments, String suggestions) {

    public static final int MAX_TEXT = 2000;

    public Outcome {
        for (Dimension d : Dimension.values()) {
            if (answers == null || answers.get(d) == null) {
                throw new BadField("answers." + d.name(), "every dimension must be answered");
            }
        }
        answers = Map.copyOf(new EnumMap<>(answers));
        checkText("comments", comments);
        checkText("suggestions", suggestions);
    }

    private static void checkText(String field, String text) {
        if (text != null && text.length() > MAX_TEXT) {
            throw new BadField(field, "at most " + MAX_TEXT + " characters");
        }
    }

    /** The dimensions answered UNSATISFIED: each opens a problem against the window. */
    public Set<Dimension> unsatisfied() {
        EnumMap<Dimension, Rating> sorted = new EnumMap<>(answers);
        return sorted.entrySet().stream().filter(e -> e.getValue() == Rating.UNSATISFIED).map(Map.Entry::getKey)
                .collect(java.util.stream.Collectors.toCollection(() -> java.util.EnumSet.noneOf(Dimension.class)));
    }
}
