package hall.callbacks.tasks.application;

import hall.callbacks.tasks.domain.Attempt;
import hall.callbacks.tasks.domain.CallbackTask;
import hall.callbacks.tasks.domain.Outcome;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A callback task as shown to staff: who to call (by reference, never a phone number), status and calls. */
public record TaskView(String id, String kind, String roundId, String caseId, String contactRef, String windowCode,
        String departmentCode, String status, String agent, LocalDate dueDate, Instant createdAt,
        Instant finishedAt, List<Attempt> attempts, Outcome outcome) {

    static TaskView of(CallbackTask t) {
        return new TaskView(t.id(), t.kind().name(), t.roundId(), t.caseId(), t.contactRef(), t.windowCode(),
                t.departmentCode(), t.status().name(), t.agent(), t.dueDate(), t.createdAt(), t.finishedAt(),
                t.attempts(), t.outcome());
    }
}
