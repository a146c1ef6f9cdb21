package hall.chaos;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RunOptionsTest {

    @Test
    void tenMinutesByDefaultOnThePortsOfTheEnvironment() {
        RunOptions o = RunOptions.parse(new String[] {"--seed", "5"},
                Map.of("GATEWAY_PORT", "30013", "PLATFORM_PG_PORT", "30010", "PLATFORM_STATE_DIR", "/tmp/s"));
        assertThat(o.duration()).isEqualTo(Duration.ofMinutes(10));
        assertThat(o.seed()).isEqualTo(5);
        assertThat(o.gatewayUrl()).isEqualTo("http://127.0.0.1:30013");
        assertThat(o.jdbcUrl("case_service")).isEqualTo("jdbc:postgresql://127.0.0.1:30010/case_service");
        assertThat(o.stateDir()).hasToString("/tmp/s");
    }

    @Test
    void minutesAreBounded() {
        assertThat(RunOptions.parse(new String[] {"--minutes", "60"}, Map.of()).duration())
                .isEqualTo(Duration.ofMinutes(60));
        assertThatThrownBy(() -> RunOptions.parse(new String[] {"--minutes", "0"}, Map.of()))
                .hasMessageContaining("--minutes");
        assertThatThrownBy(() -> RunOptions.parse(new String[] {"--minutes", "100000"}, Map.of()))
                .hasMessageContaining("at most");
        assertThatThrownBy(() -> RunOptions.parse(new String[] {"--minutes"}, Map.of()))
                .hasMessageContaining("needs a value");
    }

    @Test
    void unknownOptionsAreRefused() {
        assertThatThrownBy(() -> RunOptions.parse(new String[] {"--hours", "1"}, Map.of()))
                .hasMessageContaining("unknown option --hours");
    }
}
