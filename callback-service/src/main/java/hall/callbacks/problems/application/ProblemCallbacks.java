package hall.callbacks.problems.application;

import java.time.Instant;
import java.util.Optional;

/**
 * What the problem loop needs from the callbacks, implemented by the tasks feature (so that problems do not
 * depend on tasks): where a callback belongs, and the re-callback that checks a rectification.
 */
public interface ProblemCallbacks {

    /** A callback a problem can be raised in: its window, department and whom it called. */
    record Origin(String callbackId, String windowCode, String departmentCode, String contactRef) {
    }

    Optional<Origin> origin(String callbackId);

    /** The re-callback that asks the person whether a rectification helped. */
    record ReCallback(String id, String problemId, int round, String callbackId, String contactRef,
            String windowCode, String departmentCode, Instant at) {
    }

    void openReCallback(ReCallback reCallback);
}
