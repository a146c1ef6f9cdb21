package hall.deadlines.clocks.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A pause of the clock (hearing, testing, inspection, appraisal, expert review...). Its working days are the
 * working days d with suspendedOn &lt; d &lt;= resumedOn: like the day of acceptance, the day of resumption is
 * not counted against the limit.
 */
public record Suspension(String suspensionId, String reason, Instant suspendedAt, LocalDate suspendedOn,
        Instant resumedAt, LocalDate resumedOn) {

    public boolean open() {
        return resumedAt == null;
    }

    Suspension resume(Instant at, LocalDate on) {
        return new Suspension(suspensionId, reason, suspendedAt, suspendedOn, at, on);
    }
}
