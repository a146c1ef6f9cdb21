package hall.callbacks.rounds.domain;

/** Why a case of the frame cannot be drawn, checked in this order (a case counts under its first reason). */
public enum Exclusion {
    /** The person did not agree to be called back (or never said). */
    NO_CONSENT,
    /** The case was drawn in an earlier round. */
    ALREADY_DRAWN,
    /** The person (same contact reference or applicant account) was called within the last N days. */
    CALLED_RECENTLY
}
