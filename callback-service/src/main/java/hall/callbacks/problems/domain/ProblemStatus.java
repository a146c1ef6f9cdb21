package hall.callbacks.problems.domain;

/**
 * ESCALATED (an owner's issue) waits for its department; OPEN waits for rectification, RECTIFIED for its
 * re-callback; CLOSED is final.
 */
public enum ProblemStatus {
    ESCALATED, OPEN, RECTIFIED, CLOSED
}
