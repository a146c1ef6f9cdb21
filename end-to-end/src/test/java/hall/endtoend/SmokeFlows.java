package hall.endtoend;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/smoke-flow.sh as one step: the hall's rules across case-, deadline-, callback- and survey-service
 * (acceptance, clocks on working days, suspension, joint cases, request ids, dead letters, ...). The script
 * grows with the flows it checks; whatever it checks, a failed check fails this test.
 */
class SmokeFlows {

    @Test
    void theSmokeFlowScriptPassesEveryCheck() throws IOException, InterruptedException {
        RunningStack stack = new RunningStack();
        Path script = stack.root.resolve("docs/smoke-flow.sh");
        Path output = Files.createTempFile("smoke-flow", ".log");
        // the script reads the same variables as ./platform (ports, PLATFORM_STATE_DIR, ...) from the environment
        Process run = new ProcessBuilder("bash", script.toString()).directory(stack.root.toFile())
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();

        boolean ended = run.waitFor(Long.parseLong(RunningStack.setting("SMOKE_FLOW_TIMEOUT_SECONDS", "600")), TimeUnit.SECONDS);
        if (!ended) run.destroyForcibly();
        String printed = Files.readString(output);
        System.out.println(printed);

        assertThat(ended).as("docs/smoke-flow.sh ended in time").isTrue();
        assertThat(printed).as("docs/smoke-flow.sh printed no FAIL line").doesNotContainPattern("(?m)^FAIL");
        assertThat(run.exitValue()).as("docs/smoke-flow.sh exit code (output above)").isZero();
        assertThat(printed).as("docs/smoke-flow.sh ran its checks").containsPattern("(?m)^PASS");
    }
}
