package hall.caseservice.cases.domain;

/** Who did something: the token subject and display name, or the system for event-driven changes. */
public record Actor(String subject, String name) {

    public static final Actor DEADLINE_SERVICE = new Actor("system:deadline-service", "deadline-service");
    /** case-service itself, applying a rule of law from the dates (e.g. the deemed acceptance of art. 32). */
    public static final Actor HALL_RULES = new Actor("system:case-service", "case-service");
}
