package hall.callbacks.problems.domain;

/**
 * What makes a problem an owner's issue: the residential project, the visit it was raised on, the owner to call
 * back ({@code owner:<id>}) and its category (what it is about, e.g. 维修, 绿化, 收费).
 */
public record OwnerSubject(String projectCode, String visitId, String contactRef, String category) {
}
