package hall.caseservice.catalogue.domain;

/** A service window of one department in the hall. */
public record Window(String code, String name, String departmentCode) {
}
