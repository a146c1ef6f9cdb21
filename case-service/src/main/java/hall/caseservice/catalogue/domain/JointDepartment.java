package hall.caseservice.catalogue.domain;

/** A department taking part in a joint matter, whether it leads, and its internal limit in working days. */
public record JointDepartment(String departmentCode, boolean lead, int internalLimitDays) {
}
