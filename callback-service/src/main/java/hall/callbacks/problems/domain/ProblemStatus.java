package hall.callbacks.problems.domain;

/** OPEN waits for rectification, RECTIFIED for its re-callback; CLOSED is final. */
public enum ProblemStatus {
    OPEN, RECTIFIED, CLOSED
}
