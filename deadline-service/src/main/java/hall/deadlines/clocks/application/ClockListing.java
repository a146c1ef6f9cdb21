package hall.deadlines.clocks.application;

import hall.deadlines.clocks.domain.ClockState;
import hall.deadlines.clocks.domain.Outcome;
import hall.deadlines.clocks.domain.WarningLevel;
import hall.deadlines.events.ClockKind;
import java.time.Instant;
import java.time.LocalDate;

/** One clock of a listing, as stored: its terms, state and last derived due date, without recomputing them. */
public record ClockListing(String clockId, String caseId, ClockKind kind, String departmentCode, String windowCode,
        ClockState state, int limitDays, int extensionDays, LocalDate dueOn, Instant dueAt, boolean provisional,
        WarningLevel level, Outcome outcome) {
}
