package hall.callbacks.problems.domain;

/** Who follows a problem: the window first, then the supervision office, then the office's head. */
public enum EscalationLevel {
    WINDOW, SUPERVISION_OFFICE, OFFICE_HEAD;

    /** The level of the next round after an unsatisfied re-callback; the head is the last. */
    public EscalationLevel next() {
        return this == OFFICE_HEAD ? OFFICE_HEAD : values()[ordinal() + 1];
    }
}
