package hall.caseservice.cases.domain;

public enum CaseStatus {
    /** Received at the window, materials complete, waiting for formal acceptance (受理). */
    SUBMITTED,
    /** A supplement notice is outstanding; waiting for the applicant's materials. */
    AWAITING_SUPPLEMENT,
    /** Accepted; the time limit runs. */
    ACCEPTED,
    /** The clock is suspended (hearing, testing, ...). */
    SUSPENDED,
    /** A reported case sent up, waiting for the higher authority's reply. */
    AWAITING_AUTHORITY,
    COMPLETED,
    RETURNED;

    public boolean closed() {
        return this == COMPLETED || this == RETURNED;
    }
}
