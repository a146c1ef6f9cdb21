package hall.deadlines.events;

import java.time.Instant;
import java.time.LocalDate;

/**
 * No supplement notice nor acceptance followed within 5 working days of receipt: the case counts as accepted
 * on the day of receipt (Administrative Licensing Law art. 32).
 */
public record SupplementNoticePeriodLapsed(String caseId, LocalDate receivedOn, Instant receivedAt,
        Instant lapsedAt) implements DeadlineEvent {

    public static final String TYPE = "hall.deadline.supplement-notice-period-lapsed.v1";

    @Override
    public String eventType() {
        return TYPE;
    }
}
