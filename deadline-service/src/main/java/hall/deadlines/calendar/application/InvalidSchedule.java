package hall.deadlines.calendar.application;

import hall.workingdays.ScheduleViolation;
import java.util.List;

/** A year schedule breaks the rules; nothing was loaded. */
public class InvalidSchedule extends RuntimeException {

    private final List<ScheduleViolation> violations;

    public InvalidSchedule(List<ScheduleViolation> violations) {
        super("The year schedule is invalid: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<ScheduleViolation> violations() {
        return violations;
    }
}
