package hall.deadlines.events;

/**
 * APPLICANT: the applicant-facing clock of a case; DEPARTMENT: the internal clock of one joint-case department;
 * ACCEPTANCE: the window's clock for accepting a case whose supplemented materials are complete.
 */
public enum ClockKind {
    APPLICANT, DEPARTMENT, ACCEPTANCE
}
