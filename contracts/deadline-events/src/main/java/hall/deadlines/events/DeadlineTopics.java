package hall.deadlines.events;

/** Topic of deadline-service; the key is the case id. */
public final class DeadlineTopics {

    public static final String DEADLINE_EVENTS = "hall.deadline-events";

    private DeadlineTopics() {
    }
}
