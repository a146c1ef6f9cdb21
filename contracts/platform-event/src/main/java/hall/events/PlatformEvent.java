package hall.events;

/**
 * An event a service publishes: a past-tense record that names its own versioned CloudEvents type.
 * <p>
 * Each producer's contract module declares one sealed interface extending this one (for example
 * {@code CaseEvent permits CaseSubmitted, CaseAccepted, ...}); every record of the family keeps its type in a
 * {@code public static final String TYPE} constant and returns it from {@link #eventType()}. The outbox takes a
 * {@code PlatformEvent}, so a payload that is not an event does not compile, and consumers read a family with
 * {@link EventTypes} and switch over its records.
 */
public interface PlatformEvent {

    /** The CloudEvents type, naming the event and its schema version, e.g. {@code hall.case.accepted.v1}. */
    String eventType();
}
