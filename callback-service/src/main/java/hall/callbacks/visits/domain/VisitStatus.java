package hall.callbacks.visits.domain;

/** PROPOSED in a plan not yet approved, WITHDRAWN with a plan sent back, PLANNED (released), DONE. */
public enum VisitStatus {
    PROPOSED, WITHDRAWN, PLANNED, DONE
}
