package hall.callbacks.events;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An owner's issue that could not be answered on the visit follows the problem loop: escalated to the
 * customer-service supervisor ({@code departmentCode} null until assigned), assigned to a department with a due
 * date, or opened again one level higher ({@code round} + 1) after the owner was still unsatisfied.
 */
public record OwnerIssueEscalated(String issueId, String projectCode, String visitId, String contactRef,
        String category, String description, int round, String escalationLevel, String departmentCode,
        LocalDate dueDate, Instant at) implements CallbackEvent {

    public static final String TYPE = "hall.callback.owner-issue-escalated.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
