package hall.caseservice.catalogue.domain;

import java.util.Optional;

/**
 * What a case is taken in under: the window, the matter and the promised limit the window set for that matter
 * (empty when it keeps the matter's own); each part is empty when the catalogue has none.
 */
public record IntakeTerms(Optional<Window> window, Optional<Matter> matter, Optional<Integer> windowsPromisedLimit) {
}
