package hall.caseservice.cases.domain;

import hall.cases.events.SuspensionReason;

import java.time.Instant;

public record Suspension(String id, SuspensionReason reason, String note, Instant startedAt, Instant endedAt,
        String endNote) {

    public boolean open() {
        return endedAt == null;
    }

    Suspension end(Instant at, String note) {
        return new Suspension(id, reason, this.note, startedAt, at, note);
    }
}
