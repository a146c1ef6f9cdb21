package hall.testsupport.planted.sharedimport.alpha.domain;

public record Order(String id) {
}
