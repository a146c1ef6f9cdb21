package hall.testsupport;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * A real single-node Kafka broker (KRaft) in its own process, started from the Kafka jars on the test
 * classpath, that a test can stop and start again on the same port with the same data: the way to show what
 * happens while Kafka is down. (The in-JVM embedded broker cannot come back on the same port.)
 */
public final class KafkaProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final int port = freePort();
    private final int controllerPort = freePort();
    private final Path dir;
    private final Path config;
    private Process process;
    private int starts;

    private KafkaProcess() throws IOException {
        dir = Files.createTempDirectory("kafka-process");
        config = dir.resolve("server.properties");
        Files.writeString(config, String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + dir.resolve("data"),
                "num.partitions=3",
                "auto.create.topics.enable=false",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                ""));
        run(List.of("kafka.tools.StorageTool", "format", "-t", UUID.randomUUID().toString().replace("-", "").substring(0, 22),
                "-c", config.toString()), dir.resolve("format.log"), true);
    }

    /** Formats a new log directory and starts the broker. */
    public static KafkaProcess start() {
        try {
            KafkaProcess kafka = new KafkaProcess();
            kafka.startAgain();
            return kafka;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start a Kafka broker: " + e.getMessage(), e);
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** Starts the broker (again) on the same ports and data, and waits until it serves. */
    public synchronized void startAgain() {
        if (process != null && process.isAlive()) {
            return;
        }
        try {
            starts++;
            Path log = dir.resolve("broker-" + starts + ".log");
            process = run(List.of("kafka.Kafka", config.toString()), log, false);
            long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                if (Files.exists(log) && Files.readString(log).contains("Kafka Server started")) {
                    return;
                }
                if (!process.isAlive()) {
                    throw new IllegalStateException("Kafka broker exited at start; see " + log);
                }
                process.waitFor(200, TimeUnit.MILLISECONDS);
            }
            throw new IllegalStateException("Kafka broker did not start within " + START_TIMEOUT + "; see " + log);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Stops the broker as an operator would (SIGTERM), waiting until it is gone. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Kills the broker (SIGKILL), as a crash would: clients keep their metadata and find the connection refused. */
    public synchronized void kill() {
        if (process == null) {
            return;
        }
        try {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }

    private Process run(List<String> mainAndArgs, Path log, boolean waitForExit) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx384m");
        command.add("-XX:+UseSerialGC");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.addAll(mainAndArgs);
        Process started = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
        if (waitForExit) {
            try {
                if (!started.waitFor(60, TimeUnit.SECONDS) || started.exitValue() != 0) {
                    throw new IllegalStateException("Kafka storage format failed; see " + log);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return started;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
