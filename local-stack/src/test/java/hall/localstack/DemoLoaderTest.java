package hall.localstack;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Demo entries that belong to a parent (owners of a project) are posted to the parent's URL. */
class DemoLoaderTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void fillsFieldsOfTheEntryIntoTheUrl() throws Exception {
        var owner = json.readTree("{\"project\":\"P01\",\"building\":\"1\",\"name\":\"王建国\"}");

        assertThat(DemoLoader.url("http://127.0.0.1:18083/api/projects/{project}/owners", owner))
                .isEqualTo("http://127.0.0.1:18083/api/projects/P01/owners");
        assertThat(DemoLoader.url("http://h/api/x/{name}", owner)).isEqualTo("http://h/api/x/%E7%8E%8B%E5%BB%BA%E5%9B%BD");
    }

    @Test
    void leavesUrlsWithoutFieldsAsTheyAre() throws Exception {
        assertThat(DemoLoader.url("http://127.0.0.1:18083/api/projects", json.readTree("{\"code\":\"P01\"}")))
                .isEqualTo("http://127.0.0.1:18083/api/projects");
    }

    @Test
    void postsTheStepsOfAnEntryToTheRecordItCreated() {
        assertThat(DemoLoader.stepUrl("http://127.0.0.1:18081/api/cases", "c-1", "acceptance"))
                .isEqualTo("http://127.0.0.1:18081/api/cases/c-1/acceptance");
        assertThat(DemoLoader.stepUrl("http://h/api/cases/", "a b", "completion"))
                .isEqualTo("http://h/api/cases/a%20b/completion");
    }
}
