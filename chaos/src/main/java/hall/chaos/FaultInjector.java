package hall.chaos;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Kills one component after another with SIGKILL at the schedule's seeded times, leaves it down for a while and
 * restarts it through {@code ./platform up}, until the run's end. Records what it did for the report.
 */
final class FaultInjector implements Runnable {

    /** A fault as it happened: when, what, which pids died, how long until the stack was healthy again. */
    record Injected(Instant at, String component, List<Long> pids, Duration down, Duration untilHealthy,
            boolean restarted) {
    }

    private final Stack stack;
    private final FaultSchedule schedule;
    private final Instant end;
    private final Duration restartTimeout;
    private final List<Injected> injected = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean stopped;

    FaultInjector(Stack stack, FaultSchedule schedule, Instant end, Duration restartTimeout) {
        this.stack = stack;
        this.schedule = schedule;
        this.end = end;
        this.restartTimeout = restartTimeout;
    }

    @Override
    public void run() {
        while (!stopped) {
            FaultSchedule.Fault fault = schedule.next();
            if (!pause(fault.gap()) || Instant.now().isAfter(end)) {
                return;
            }
            Instant at = Instant.now();
            List<Long> pids = stack.kill(fault.component());
            log("%s killed %s (SIGKILL pids %s); down for %ds", at, fault.component(), pids,
                    fault.downtime().toSeconds());
            pause(fault.downtime());
            Instant restarting = Instant.now();
            boolean ok = stack.restart(restartTimeout);
            Duration untilHealthy = Duration.between(restarting, Instant.now());
            injected.add(new Injected(at, fault.component(), pids, fault.downtime(), untilHealthy, ok));
            log("%s %s %s after %ds", Instant.now(), fault.component(), ok ? "healthy again" : "NOT healthy",
                    untilHealthy.toSeconds());
        }
    }

    void stop() {
        stopped = true;
    }

    List<Injected> injected() {
        synchronized (injected) {
            return List.copyOf(injected);
        }
    }

    private boolean pause(Duration d) {
        Instant until = Instant.now().plus(d);
        while (!stopped && Instant.now().isBefore(until)) {
            try {
                Thread.sleep(Math.min(500, Math.max(1, Duration.between(Instant.now(), until).toMillis())));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return !stopped;
    }

    private static void log(String format, Object... args) {
        System.out.printf("fault: " + format + "%n", args);
    }
}
