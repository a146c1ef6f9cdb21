package hall.callbacks.tasks.domain;

/** An answer to one dimension. */
public enum Rating {
    SATISFIED, BASICALLY_SATISFIED, UNSATISFIED
}
