package hall.deadlines.events;

/** APPLICANT: the applicant-facing clock of a case; DEPARTMENT: the internal clock of one joint-case department. */
public enum ClockKind {
    APPLICANT, DEPARTMENT
}
