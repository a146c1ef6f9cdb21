package hall.deadlines.clocks.domain;

/** A clock reached a higher warning level; remainingWorkingDays is negative once overdue. */
public record Escalation(WarningLevel from, WarningLevel to, int remainingWorkingDays) {
}
