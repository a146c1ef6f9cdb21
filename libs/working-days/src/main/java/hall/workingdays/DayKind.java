package hall.workingdays;

/** Why a date is or is not a working day. */
public enum DayKind {
    /** Monday to Friday with no holiday. */
    WORKING_DAY(true),
    /** Saturday or Sunday with no make-up working day. */
    WEEKEND(false),
    /** An official day off (放假). */
    HOLIDAY(false),
    /** A Saturday or Sunday declared a working day (调休上班). */
    MAKE_UP_WORKING_DAY(true);

    private final boolean working;

    DayKind(boolean working) {
        this.working = working;
    }

    public boolean working() {
        return working;
    }
}
