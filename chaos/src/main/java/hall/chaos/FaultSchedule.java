package hall.chaos;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The seeded order and timing of the faults: every component in turn (a shuffled round, then the next round
 * shuffled again), each after a random quiet gap and down for a random time. The same seed and components give
 * the same faults; how many of them fit in a run depends on how fast the components restart.
 */
final class FaultSchedule {

    /** One fault: wait {@code gap}, kill {@code component} with SIGKILL, leave it down for {@code downtime}. */
    record Fault(String component, Duration gap, Duration downtime) {
    }

    private final Random random;
    private final List<String> components;
    private final Duration minGap;
    private final Duration maxGap;
    private final Duration minDown;
    private final Duration maxDown;
    private final List<String> round = new ArrayList<>();

    FaultSchedule(long seed, List<String> components, Duration minGap, Duration maxGap, Duration minDown,
            Duration maxDown) {
        if (components.isEmpty()) {
            throw new IllegalArgumentException("no components to fault");
        }
        this.random = new Random(seed);
        this.components = List.copyOf(components);
        this.minGap = minGap;
        this.maxGap = maxGap;
        this.minDown = minDown;
        this.maxDown = maxDown;
    }

    Fault next() {
        if (round.isEmpty()) {
            round.addAll(components);
            Collections.shuffle(round, random);
        }
        String component = round.removeFirst();
        return new Fault(component, between(minGap, maxGap), between(minDown, maxDown));
    }

    private Duration between(Duration low, Duration high) {
        long spread = high.toMillis() - low.toMillis();
        return low.plusMillis(spread <= 0 ? 0 : (long) (random.nextDouble() * spread));
    }
}
