package hall.callbacks.tasks.application;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Background work of complaint callbacks: completes the due dates left pending while deadline-service was down,
 * on the same interval as the problems' watch ({@code callbacks.problems.watch-interval}, default 1 minute).
 */
@Component
public class ComplaintCallbackWatch {

    private final CallbackTasks tasks;

    public ComplaintCallbackWatch(CallbackTasks tasks) {
        this.tasks = tasks;
    }

    @Scheduled(fixedDelayString = "${callbacks.problems.watch-interval:60s}", initialDelayString = "${callbacks.problems.watch-interval:60s}")
    public void watch() {
        tasks.completePendingComplaintDueDates();
    }
}
