package hall.cases.events;

/** A department taking part in a joint case, and its internal limit in working days. */
public record JointPartLimit(String departmentCode, boolean lead, int internalLimitDays) {
}
