package hall.chaos;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FaultScheduleTest {

    private static final List<String> COMPONENTS = List.of("postgres", "kafka", "case-service", "deadline-service",
            "gateway");

    private static FaultSchedule schedule(long seed) {
        return new FaultSchedule(seed, COMPONENTS, Duration.ofSeconds(5), Duration.ofSeconds(25),
                Duration.ofSeconds(3), Duration.ofSeconds(15));
    }

    private static List<FaultSchedule.Fault> first(FaultSchedule schedule, int n) {
        List<FaultSchedule.Fault> faults = new ArrayList<>();
        IntStream.range(0, n).forEach(i -> faults.add(schedule.next()));
        return faults;
    }

    @Test
    void everyComponentIsKilledOnceInEachRound() {
        List<FaultSchedule.Fault> faults = first(schedule(7), COMPONENTS.size() * 3);
        for (int round = 0; round < 3; round++) {
            var killed = new HashSet<String>();
            faults.subList(round * COMPONENTS.size(), (round + 1) * COMPONENTS.size())
                    .forEach(f -> killed.add(f.component()));
            assertThat(killed).containsExactlyInAnyOrderElementsOf(COMPONENTS);
        }
    }

    @Test
    void theSameSeedGivesTheSameFaultsAndAnotherSeedOthers() {
        assertThat(first(schedule(42), 12)).isEqualTo(first(schedule(42), 12));
        assertThat(first(schedule(42), 12)).isNotEqualTo(first(schedule(43), 12));
    }

    @Test
    void gapsAndDowntimesStayWithinTheirBounds() {
        assertThat(first(schedule(3), 100)).allSatisfy(f -> {
            assertThat(f.gap()).isBetween(Duration.ofSeconds(5), Duration.ofSeconds(25));
            assertThat(f.downtime()).isBetween(Duration.ofSeconds(3), Duration.ofSeconds(15));
        });
    }

    @Test
    void aRunNeedsSomethingToKill() {
        assertThatThrownBy(() -> new FaultSchedule(1, List.of(), Duration.ZERO, Duration.ZERO, Duration.ZERO,
                Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
