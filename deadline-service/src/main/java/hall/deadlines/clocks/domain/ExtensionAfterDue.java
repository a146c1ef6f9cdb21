package hall.deadlines.clocks.domain;

import java.time.Instant;

/** An extension asked for once the due instant has passed (answered 422): the deadline is already missed. */
public class ExtensionAfterDue extends RuntimeException {

    public ExtensionAfterDue(String caseId, Instant dueAt, Instant at) {
        super("An extension must be asked for before the deadline; case " + caseId + " was due at " + dueAt
                + " and the request came at " + at);
    }
}
