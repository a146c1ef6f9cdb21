package hall.localstack;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading a service's /actuator/health answer. */
class HealthProbeTest {

    @Test
    void upIsA200WhoseStatusIsUp() {
        assertThat(HealthProbe.answer(200, "{\"status\":\"UP\",\"groups\":[\"liveness\"]}")).isEqualTo("UP");
        assertThat(HealthProbe.answer(200, "{ \"status\" : \"UP\" }")).isEqualTo("UP");
    }

    @Test
    void anythingElseIsShownAsItsCodeAndTheStartOfItsBody() {
        assertThat(HealthProbe.answer(503, "{\"status\":\"DOWN\"}")).isEqualTo("HTTP 503 {\"status\":\"DOWN\"}");
        assertThat(HealthProbe.answer(200, "{\"status\":\"OUT_OF_SERVICE\"}"))
                .isEqualTo("HTTP 200 {\"status\":\"OUT_OF_SERVICE\"}");
        assertThat(HealthProbe.answer(404, "<html>" + "x".repeat(200))).hasSize("HTTP 404 ".length() + 80);
        assertThat(HealthProbe.answer(200, "not json")).isEqualTo("HTTP 200 not json");
    }
}
