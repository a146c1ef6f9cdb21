package hall.deadlines.extensions.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A request for more working days (延期), asked for by the handling clerk with a reason and approved or refused
 * once by the supervision office. The total of approved and pending extensions of a case stays within the
 * matter's extension cap.
 */
public record Extension(String id, String caseId, String clockId, int workingDays, String reason,
        String requestedBy, Instant requestedAt, ExtensionState state, String comment, String decidedBy,
        Instant decidedAt) {

    /**
     * A new pending extension; committedDays are the working days already approved or pending for the case.
     */
    public static Extension request(String caseId, String clockId, int workingDays, String reason,
            String requestedBy, Instant at, int capDays, int committedDays) {
        if (workingDays <= 0) {
            throw new IllegalArgumentException("working days must be positive");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a reason is required");
        }
        if (committedDays + workingDays > capDays) {
            throw new ExtensionCapExceeded(capDays, committedDays, workingDays);
        }
        return new Extension(UUID.randomUUID().toString(), caseId, clockId, workingDays, reason, requestedBy, at,
                ExtensionState.PENDING, null, null, null);
    }

    /** Approves or refuses; only a pending extension can be decided. */
    public Extension decide(boolean approve, String comment, String decidedBy, Instant at) {
        if (state != ExtensionState.PENDING) {
            throw new ExtensionAlreadyDecided(id, state);
        }
        return new Extension(id, caseId, clockId, workingDays, reason, requestedBy, requestedAt,
                approve ? ExtensionState.APPROVED : ExtensionState.REFUSED, comment, decidedBy, at);
    }

    public boolean approved() {
        return state == ExtensionState.APPROVED;
    }
}
