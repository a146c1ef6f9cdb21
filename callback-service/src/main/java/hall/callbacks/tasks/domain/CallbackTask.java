package hall.callbacks.tasks.domain;

import hall.callbacks.events.CallbackCompleted;
import hall.callbacks.shared.BadField;
import hall.callbacks.shared.RuleBroken;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One person to call back about one case (or complaint, or problem). An agent takes it, calls inside the hall's
 * calling hours, at most {@value #MAX_ATTEMPTS} times on different days; when nobody answers by then the task is
 * UNREACHABLE. A reached person's answers are recorded once.
 */
public record CallbackTask(String id, TaskKind kind, String sourceRef, String roundId, String caseId,
        String contactRef, String applicantSubject, String windowCode, String departmentCode, TaskStatus status,
        String agent, LocalDate dueDate, Instant createdAt, Instant finishedAt, List<Attempt> attempts,
        Outcome outcome) {

    public static final int MAX_ATTEMPTS = 3;

    public CallbackTask {
        attempts = List.copyOf(attempts);
    }

    public static CallbackTask open(String id, TaskKind kind, String sourceRef, String roundId, String caseId,
            String contactRef, String applicantSubject, String windowCode, String departmentCode, LocalDate dueDate,
            Instant at) {
        return new CallbackTask(id, kind, sourceRef, roundId, caseId, contactRef, applicantSubject, windowCode,
                departmentCode, TaskStatus.OPEN, null, dueDate, at, null, List.of(), null);
    }

    /** The result of a change: the task as it is now and the event it caused, if any. */
    public record Change(CallbackTask task, Optional<CallbackCompleted> event) {
    }

    public CallbackTask assignTo(String newAgent) {
        if (status.finished() || status == TaskStatus.REACHED) {
            throw new RuleBroken("agent", "callback " + id + " is " + status + " and cannot be reassigned");
        }
        return with(TaskStatus.ASSIGNED, newAgent, finishedAt, attempts, outcome);
    }

    /**
     * Records a call made at {@code at} by {@code by}. Refused when the task is past calling, the call lies in
     * the future, outside the calling hours, or on a day that already had a failed call.
     */
    public Change attempt(AttemptResult result, Instant at, String by, String note, Instant now, ZoneId zone,
            CallingHours hours) {
        if (status.finished() || status == TaskStatus.REACHED) {
            throw new RuleBroken("result", "callback " + id + " is " + status + ": no more calls");
        }
        if (at.isAfter(now)) {
            throw new BadField("attemptedAt", "a call cannot be recorded before it happens");
        }
        ZonedDateTime hallTime = at.atZone(zone);
        if (!hours.includes(hallTime.toLocalTime())) {
            throw new RuleBroken("attemptedAt", "calls are made only within the calling hours " + hours
                    + " (hall time)");
        }
        LocalDate day = hallTime.toLocalDate();
        if (attempts.stream().anyMatch(a -> a.hallDate().equals(day))) {
            throw new RuleBroken("attemptedAt", "this callback was tried on " + day + " already; try another day");
        }
        if (!attempts.isEmpty() && at.isBefore(attempts.getLast().attemptedAt())) {
            throw new BadField("attemptedAt", "calls are recorded in the order they were made");
        }
        List<Attempt> all = new ArrayList<>(attempts);
        all.add(new Attempt(attempts.size() + 1, result, at, day, by, note));
        String agentNow = agent == null ? by : agent;
        return switch (result) {
            case REACHED -> new Change(new CallbackTask(id, kind, sourceRef, roundId, caseId, contactRef,
                    applicantSubject, windowCode, departmentCode, TaskStatus.REACHED, agentNow, dueDate, createdAt,
                    null, all, null), Optional.empty());
            case REFUSED -> finish(TaskStatus.REFUSED, agentNow, at, all);
            case WRONG_NUMBER -> finish(TaskStatus.UNREACHABLE, agentNow, at, all);
            case NO_ANSWER, BUSY -> all.size() >= MAX_ATTEMPTS
                    ? finish(TaskStatus.UNREACHABLE, agentNow, at, all)
                    : new Change(with(TaskStatus.ASSIGNED, agentNow, null, all, null), Optional.empty());
        };
    }

    /** The reached person's answers; a task has one outcome. */
    public Change answer(Outcome answered, String by, Instant at) {
        if (outcome != null || status == TaskStatus.ANSWERED) {
            throw new AlreadyAnswered(id);
        }
        if (status != TaskStatus.REACHED) {
            throw new RuleBroken("answers", "callback " + id + " is " + status
                    + ": answers are recorded after a REACHED call");
        }
        CallbackTask done = new CallbackTask(id, kind, sourceRef, roundId, caseId, contactRef, applicantSubject,
                windowCode, departmentCode, TaskStatus.ANSWERED, agent, dueDate, createdAt, at, attempts, answered);
        Map<String, String> answers = new LinkedHashMap<>();
        for (Dimension d : Dimension.values()) {
            answers.put(d.name(), answered.answers().get(d).name());
        }
        return new Change(done, Optional.of(new CallbackCompleted(id, kind.name(), roundId, caseId, windowCode,
                departmentCode, "REACHED", answers, by, at)));
    }

    private Change finish(TaskStatus end, String agentNow, Instant at, List<Attempt> all) {
        CallbackTask done = with(end, agentNow, at, all, null);
        return new Change(done, Optional.of(new CallbackCompleted(id, kind.name(), roundId, caseId, windowCode,
                departmentCode, end.name(), Map.of(), agentNow, at)));
    }

    private CallbackTask with(TaskStatus s, String a, Instant finished, List<Attempt> all, Outcome o) {
        return new CallbackTask(id, kind, sourceRef, roundId, caseId, contactRef, applicantSubject, windowCode,
                departmentCode, s, a, dueDate, createdAt, finished, all, o);
    }

    /** A second outcome for the same callback (answered 409). */
    public static final class AlreadyAnswered extends RuntimeException {
        public AlreadyAnswered(String id) {
            super("callback " + id + " has its outcome already");
        }
    }
}
