package hall.callbacks.tasks.application;

import hall.callbacks.tasks.domain.CalledPeople;
import hall.callbacks.tasks.domain.CallbackTask;
import hall.callbacks.tasks.domain.TaskKind;
import hall.callbacks.tasks.persistence.CallbackTaskRepository;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The callback tasks of the weekly sampling rounds, as the rounds feature draws and shows them. */
@Service
public class RoundTasks {

    private final CallbackTaskRepository tasks;

    public RoundTasks(CallbackTaskRepository tasks) {
        this.tasks = tasks;
    }

    /** Who was called (any attempt) since {@code since}. */
    public CalledPeople calledSince(Instant since) {
        return tasks.calledSince(since);
    }

    /** The case ids of a window drawn in earlier rounds. */
    public Set<String> drawnCases(String windowCode) {
        return tasks.drawnCases(windowCode);
    }

    /** The task that calls a drawn case's applicant, due on the round's Sunday. */
    public void open(String roundId, String caseId, String contactRef, String applicantSubject, String windowCode,
            String departmentCode, LocalDate due, Instant at) {
        tasks.insert(CallbackTask.open(java.util.UUID.randomUUID().toString(), TaskKind.ROUND, "round-case:" + caseId,
                roundId, caseId, contactRef, applicantSubject, windowCode, departmentCode, due, at));
    }

    public List<CallbackTask> ofRound(String roundId) {
        return tasks.ofRound(roundId);
    }
}
