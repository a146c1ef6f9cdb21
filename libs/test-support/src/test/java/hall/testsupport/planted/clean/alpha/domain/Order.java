package hall.testsupport.planted.clean.alpha.domain;

public record Order(String id) {
}
