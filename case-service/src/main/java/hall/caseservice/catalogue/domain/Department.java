package hall.caseservice.catalogue.domain;

public record Department(String code, String name) {
}
