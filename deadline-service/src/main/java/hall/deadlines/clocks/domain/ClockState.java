package hall.deadlines.clocks.domain;

/** RUNNING counts working days; SUSPENDED is paused (art. 45); STOPPED is final (completed or returned). */
public enum ClockState {
    RUNNING, SUSPENDED, STOPPED
}
