package hall.localstack;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The state folder's files: logs and their rotation, pid files that count only for our processes. */
class StateFolderTest {

    @TempDir
    Path temp;

    @Test
    void thePreviousLogIsKeptBesideAsDotOne() throws Exception {
        StateFolder state = new StateFolder(temp, temp.resolve(".platform"));

        assertThat(StateFolder.previousLog(state.log("case-service")))
                .isEqualTo(temp.resolve(".platform/logs/case-service.log.1"));

        Files.writeString(state.startLog("case-service"), "first run\n", java.nio.file.StandardOpenOption.APPEND);
        Path log = state.startLog("case-service");

        assertThat(Files.readString(StateFolder.previousLog(log))).contains("first run");
        assertThat(Files.readAllLines(log)).singleElement().asString().startsWith("=== case-service starting at ");
    }

    @Test
    void aPidFileOfAProcessThatIsNotOursIsDropped() throws Exception {
        StateFolder state = new StateFolder(temp, temp.resolve(".platform"));
        state.record("kafka", ProcessHandle.current().pid(), 19092);

        assertThat(state.runningPid("kafka")).isEmpty();
        assertThat(state.pidFile("kafka")).doesNotExist();
        assertThat(state.portFile("kafka")).doesNotExist();
    }

    @Test
    void aServicesComponentsAreItAndItsFurtherInstancesWithAPidFile() throws Exception {
        StateFolder state = new StateFolder(temp, temp.resolve(".platform"));
        state.record("case-service-2", 1, 18181);
        state.record("case-service-10", 1, 19081);
        state.record("case-service-x", 1, 1);

        assertThat(state.componentsOf("case-service"))
                .containsExactly("case-service", "case-service-10", "case-service-2");
        assertThat(state.recordedPort("case-service-2", 0)).isEqualTo(18181);
        assertThat(state.recordedPort("gateway", 18080)).isEqualTo(18080);
    }
}
