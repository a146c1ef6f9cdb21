package hall.caseservice.catalogue.domain;

/** Main materials (主件) decide whether a case can be accepted at all; supporting ones (要件) can be supplied later. */
public enum MaterialKind {
    MAIN, SUPPORTING
}
