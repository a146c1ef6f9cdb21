package hall.deadlines.extensions.domain;

public enum ExtensionState {
    PENDING, APPROVED, REFUSED
}
