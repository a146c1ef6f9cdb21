package hall.deadlines.clocks.domain;

/** Levels only rise: NONE, then YELLOW (little time left), then RED (deadline passed). */
public enum WarningLevel {
    NONE, YELLOW, RED;

    public static WarningLevel of(int ordinal) {
        return values()[ordinal];
    }
}
