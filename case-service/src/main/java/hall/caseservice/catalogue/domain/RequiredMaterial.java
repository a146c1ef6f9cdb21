package hall.caseservice.catalogue.domain;

/** One item of a matter's checklist; reason says why the matter needs it (quoted in supplement notices). */
public record RequiredMaterial(String code, String name, MaterialKind kind, String reason) {
}
