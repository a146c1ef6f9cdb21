package hall.callbacks.tasks.domain;

/** Where a callback stands. REACHED waits for its outcome; the last three are final. */
public enum TaskStatus {
    OPEN, ASSIGNED, REACHED, ANSWERED, REFUSED, UNREACHABLE;

    public boolean finished() {
        return this == ANSWERED || this == REFUSED || this == UNREACHABLE;
    }
}
