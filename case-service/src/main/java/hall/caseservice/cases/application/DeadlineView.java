package hall.caseservice.cases.application;

import java.time.Instant;

/** A due date as deadline-service last reported it. */
public record DeadlineView(String clockId, String kind, String departmentCode, Integer limitDays, Instant dueAt,
        boolean provisional, String state, String outcome) {
}
