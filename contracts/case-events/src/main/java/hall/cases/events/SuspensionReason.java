package hall.cases.events;

/** Why a case's clock is suspended (Administrative Licensing Law art. 45). */
public enum SuspensionReason {
    HEARING, TENDERING, AUCTION, TESTING, INSPECTION, QUARANTINE, APPRAISAL, EXPERT_REVIEW
}
