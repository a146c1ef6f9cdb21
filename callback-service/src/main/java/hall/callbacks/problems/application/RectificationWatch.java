package hall.callbacks.problems.application;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Background work of the problem loop: completes due dates left pending while deadline-service was down, and
 * announces overdue rectifications ({@code callbacks.problems.watch-interval}, default 1 minute).
 */
@Component
public class RectificationWatch {

    private final Problems problems;

    public RectificationWatch(Problems problems) {
        this.problems = problems;
    }

    @Scheduled(fixedDelayString = "${callbacks.problems.watch-interval:60s}", initialDelayString = "${callbacks.problems.watch-interval:60s}")
    public void watch() {
        problems.completePendingDueDates();
        problems.announceOverdue();
    }
}
