package hall.callbacks.tasks.domain;

/** What a call attempt got. NO_ANSWER and BUSY count towards the attempts; the others end the calling. */
public enum AttemptResult {
    NO_ANSWER, BUSY, WRONG_NUMBER, REFUSED, REACHED;

    boolean retried() {
        return this == NO_ANSWER || this == BUSY;
    }
}
