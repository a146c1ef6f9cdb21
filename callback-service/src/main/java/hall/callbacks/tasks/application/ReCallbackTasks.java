package hall.callbacks.tasks.application;

import hall.callbacks.problems.application.ProblemCallbacks;
import hall.callbacks.tasks.domain.CallbackTask;
import hall.callbacks.tasks.domain.TaskKind;
import hall.callbacks.tasks.persistence.CallbackTaskRepository;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * The callbacks as the problem loop sees them: a re-callback task continues the callback the problem came from
 * (its round, case and person) or, for a problem raised elsewhere (an owner's visit), calls its contact.
 */
@Component
class ReCallbackTasks implements ProblemCallbacks {

    private final CallbackTaskRepository tasks;

    ReCallbackTasks(CallbackTaskRepository tasks) {
        this.tasks = tasks;
    }

    @Override
    public Optional<Origin> origin(String callbackId) {
        return tasks.find(callbackId)
                .map(t -> new Origin(t.id(), t.windowCode(), t.departmentCode(), t.contactRef()));
    }

    @Override
    public void openReCallback(ReCallback r) {
        Optional<CallbackTask> original = r.callbackId() == null ? Optional.empty() : tasks.find(r.callbackId());
        tasks.insert(CallbackTask.open(r.id(), TaskKind.RE_CALLBACK, "problem:" + r.problemId() + ":round:" + r.round(),
                original.map(CallbackTask::roundId).orElse(null), original.map(CallbackTask::caseId).orElse(null),
                original.map(CallbackTask::contactRef).orElse(r.contactRef()),
                original.map(CallbackTask::applicantSubject).orElse(null), r.windowCode(), r.departmentCode(), null,
                r.at()));
    }
}
