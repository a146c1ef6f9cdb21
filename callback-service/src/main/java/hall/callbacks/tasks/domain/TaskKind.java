package hall.callbacks.tasks.domain;

/** Why a callback is made. */
public enum TaskKind {
    /** Drawn in a weekly sampling round. */
    ROUND,
    /** A second call after a problem's rectification. */
    RE_CALLBACK,
    /** After a complaint was resolved. */
    COMPLAINT,
    /** Asked for by survey-service (a bad e-evaluator rating, a rectified opinion). */
    FOLLOW_UP
}
