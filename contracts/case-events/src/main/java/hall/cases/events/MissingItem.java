package hall.cases.events;

/** One material missing from a case, with why the matter needs it. */
public record MissingItem(String code, String name, String reason) {
}
