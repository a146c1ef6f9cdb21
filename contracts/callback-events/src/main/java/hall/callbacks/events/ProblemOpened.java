package hall.callbacks.events;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A problem was opened against a window (and its department), or opened again at a higher escalation level after
 * an unsatisfied re-callback ({@code round} 2, 3, ...). {@code source} is {@code callback:<id>} or
 * {@code recorded}; {@code dimension} is the unsatisfied dimension when a callback opened it. {@code dueDate} is
 * null while deadline-service's calendar has not answered (completed later, announced by a new event only when
 * overdue).
 */
public record ProblemOpened(String problemId, String windowCode, String departmentCode, String source,
        String callbackId, String dimension, String description, int round, String escalationLevel,
        LocalDate dueDate, Instant openedAt) implements CallbackEvent {

    public static final String TYPE = "hall.callback.problem-opened.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
