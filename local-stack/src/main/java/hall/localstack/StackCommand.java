package hall.localstack;

import org.apache.kafka.common.Uuid;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The local stack's {@code up}, {@code down}, {@code status} and {@code demo}, as {@code ./platform} calls them
 * with the JDK it found: {@code java -cp 'local-stack/target/local-stack.jar:local-stack/target/lib/*'
 * -Dplatform.home=ROOT hall.localstack.StackCommand up [--demo] [--instances N]}. Configuration is by environment
 * variable (docs/running.md). Exit code 1 with one {@code platform: ...} line on stderr when a command cannot go on.
 */
public final class StackCommand {

    private final StackSettings settings;
    private final ServicesManifest manifest;
    private final StateFolder state;
    private final Supervisor supervisor;
    private final HealthProbe probe = new HealthProbe();
    private final PrintStream out;
    private final PrintStream err;
    private final long started = System.nanoTime();

    public StackCommand(StackSettings settings, PrintStream out, PrintStream err) throws IOException {
        this.settings = settings;
        this.manifest = ServicesManifest.read(settings.home().resolve("services.properties"));
        this.state = settings.state();
        this.supervisor = new Supervisor(state, out, err, settings.logLines(40));
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) throws IOException {
        Path home = Path.of(System.getProperty("platform.home", ".")).toAbsolutePath().normalize();
        StackCommand command = new StackCommand(new StackSettings(home, System.getenv()), System.out, System.err);
        System.exit(command.run(List.of(args)));
    }

    /** Runs one command; answers the exit code. */
    public int run(List<String> args) {
        try {
            String command = args.isEmpty() ? "" : args.getFirst();
            List<String> options = args.isEmpty() ? List.of() : args.subList(1, args.size());
            switch (command) {
                case "up" -> up(options);
                case "down" -> down();
                case "status" -> status();
                case "demo" -> demo();
                case "java-opts" -> out.println(String.join(" ", settings.serviceJavaOpts()));
                case "gateway-java-opts" -> out.println(String.join(" ", settings.gatewayJavaOpts()));
                case "free-ports" -> freePorts(options.isEmpty() ? "27000-32699" : options.getFirst())
                        .forEach((variable, port) -> out.println(variable + "=" + port));
                default -> throw new StackFailure("unknown command '" + command
                        + "'; use up, down, status, demo, java-opts, gateway-java-opts or free-ports");
            }
            return 0;
        } catch (StackFailure e) {
            err.println("platform: " + e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("platform: " + e);
            return 1;
        }
    }

    // ------------------------------------------------------------------------------------------------ up

    void up(List<String> options) throws IOException {
        boolean demo = false;
        String instances = settings.get("PLATFORM_INSTANCES", "1");
        for (int i = 0; i < options.size(); i++) {
            String option = options.get(i);
            if (option.equals("--demo")) {
                demo = true;
            } else if (option.equals("--instances")) {
                instances = i + 1 < options.size() ? options.get(++i) : "";
            } else if (option.startsWith("--instances=")) {
                instances = option.substring("--instances=".length());
            } else {
                throw new StackFailure("unknown option '" + option + "' for up; use ./platform up [--demo] [--instances N]");
            }
        }
        List<Component> components = selected(StackSettings.instances(instances));
        Files.createDirectories(state.run());
        Files.createDirectories(state.logs());
        Files.createDirectories(state.data());
        preflight(components);
        checkExternalKafka();
        components = components.stream().filter(this::jarPresent).toList();
        startPostgres();
        startKafka();
        awaitPostgres();
        awaitKafka();
        ServiceLaunch launch = new ServiceLaunch(settings, manifest, state, err);
        for (Component component : components) {
            OptionalLong pid = state.runningPid(component.name());
            if (pid.isPresent()) {
                out.println(component.name() + ": already running (pid " + pid.getAsLong() + ")");
                continue;
            }
            List<String> command = launch.command(component, components);
            out.println(component.name() + ": starting on 127.0.0.1:" + component.port());
            supervisor.start(component.name(), component.port(), command, launch.environment(component, components));
        }
        out.println("waiting for the services to be healthy (up to " + settings.startTimeout().toSeconds() + "s)");
        awaitServices(components);
        out.println("the stack is up after " + elapsedSeconds() + "s");
        printUrls(components);
        if (demo) {
            demo();
        }
    }

    /** The manifest's services whose module exists and that PLATFORM_SERVICES selects, with their instances. */
    List<Component> selected(int instances) {
        String only = settings.get("PLATFORM_SERVICES", "all");
        List<ServicesManifest.Entry> entries = manifest.entries().stream()
                .filter(e -> Files.isDirectory(settings.home().resolve(e.name())))
                .filter(e -> only.equals("all") || ("," + only + ",").contains("," + e.name() + ","))
                .toList();
        return ServicesManifest.components(entries, settings.env(), instances, settings.instancePortStep());
    }

    private boolean jarPresent(Component component) {
        if (Files.isRegularFile(settings.home().resolve(component.jar()))) {
            return true;
        }
        err.println("platform: " + component.name() + ": " + component.jar() + " is missing; skipping it");
        return false;
    }

    /** Every port this start needs is a number, claimed once and free; else one line naming the variable. */
    void preflight(List<Component> components) {
        record Check(int port, String what, String variable) {
        }
        List<Check> checks = new ArrayList<>();
        if (!settings.externalDatabase() && state.runningPid("postgres").isEmpty()) {
            stopOrphanPostmaster();
            checks.add(new Check(settings.pgPort(), "PostgreSQL", "PLATFORM_PG_PORT"));
        }
        if (!settings.externalKafka() && state.runningPid("kafka").isEmpty()) {
            checks.add(new Check(settings.kafkaPort(), "Kafka", "PLATFORM_KAFKA_PORT"));
            checks.add(new Check(settings.kafkaControllerPort(), "Kafka controller", "PLATFORM_KAFKA_CONTROLLER_PORT"));
        }
        for (Component component : components) {
            if (state.runningPid(component.name()).isEmpty()) {
                checks.add(new Check(component.port(), component.name(), component.portVariable()));
            }
        }
        Map<Integer, String> claimed = new HashMap<>();
        for (Check check : checks) {
            String other = claimed.putIfAbsent(check.port(), check.what());
            if (other != null) {
                throw new StackFailure("port " + check.port() + " is set for both " + other + " and " + check.what()
                        + "; give " + check.variable() + " another port");
            }
            if (HealthProbe.inUse(check.port())) {
                throw new StackFailure("port " + check.port() + " (" + check.what() + ") is in use; set "
                        + check.variable() + " to a free port");
            }
        }
    }

    private void checkExternalKafka() {
        if (!settings.externalKafka()) {
            return;
        }
        String first = settings.kafkaBootstrap().split(",")[0].strip();
        int colon = first.lastIndexOf(':');
        if (colon < 0 || !HealthProbe.accepts(first.substring(0, colon), Integer.parseInt(first.substring(colon + 1)))) {
            throw new StackFailure("Kafka at " + settings.kafkaBootstrap() + " is unreachable; start it, fix "
                    + "PLATFORM_KAFKA_BOOTSTRAP, or unset it to use the local broker");
        }
    }

    private void startPostgres() throws IOException {
        String databases = String.join(",", manifest.databases());
        if (settings.externalDatabase()) {
            out.println("PostgreSQL: using PLATFORM_DB_URL=" + settings.get("PLATFORM_DB_URL", "")
                    + "; creating missing service databases");
            Finished provision = runJava(List.of("-Xmx64m", "-XX:TieredStopAtLevel=1",
                    "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp", settings.localStackClassPath(),
                    ProvisionDatabases.class.getName(), databases));
            List<String> lines = provision.output().lines().toList();
            String last = lines.isEmpty() ? "" : lines.getLast();
            if (provision.exitCode() != 0) {
                throw new StackFailure(last);
            }
            out.println("  " + provision.output().strip());
            return;
        }
        OptionalLong pid = state.runningPid("postgres");
        if (pid.isPresent()) {
            out.println("PostgreSQL: already running (pid " + pid.getAsLong() + ")");
            return;
        }
        Path data = state.data().resolve("postgres");
        Files.createDirectories(data);
        out.println("PostgreSQL: starting on 127.0.0.1:" + settings.pgPort() + " (data in " + state.shown(data) + ")");
        Files.deleteIfExists(postgresReady());
        List<String> command = new ArrayList<>(List.of(settings.java()));
        command.addAll(settings.pgJavaOpts());
        String binaries = settings.get("PLATFORM_PG_BINARIES_DIR", "");
        if (!binaries.isEmpty()) {
            command.add("-Dot.epg.working-dir=" + binaries);
        }
        command.addAll(timestampedLogging());
        command.addAll(List.of("-cp", settings.localStackClassPath(), LocalPostgres.class.getName(),
                "--port", Integer.toString(settings.pgPort()), "--data-dir", data.toString(),
                "--ready-file", postgresReady().toString(), "--databases", databases,
                "--shared-buffers", settings.pgSharedBuffers()));
        supervisor.start("postgres", settings.pgPort(), command, Map.of());
    }

    private Path postgresReady() {
        return state.run().resolve("postgres.ready");
    }

    private void awaitPostgres() {
        if (!settings.externalDatabase()) {
            supervisor.awaitReady("postgres", "PostgreSQL", settings.startTimeout(), () -> Files.exists(postgresReady()));
        }
    }

    /** The broker's configuration: local-stack's kafka/server.properties with this stack's ports and data folder. */
    String kafkaProperties() throws IOException {
        try (InputStream in = StackCommand.class.getResourceAsStream("/kafka/server.properties")) {
            if (in == null) {
                throw new IOException("kafka/server.properties is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("@KAFKA_PORT@", Integer.toString(settings.kafkaPort()))
                    .replace("@KAFKA_CONTROLLER_PORT@", Integer.toString(settings.kafkaControllerPort()))
                    .replace("@LOG_DIRS@", state.data().resolve("kafka").toString());
        }
    }

    private void startKafka() throws IOException {
        if (settings.externalKafka()) {
            out.println("Kafka: using PLATFORM_KAFKA_BOOTSTRAP=" + settings.kafkaBootstrap());
            return;
        }
        OptionalLong pid = state.runningPid("kafka");
        if (pid.isPresent()) {
            out.println("Kafka: already running (pid " + pid.getAsLong() + ")");
            return;
        }
        Path data = Files.createDirectories(state.data().resolve("kafka"));
        Path properties = Files.createDirectories(state.root().resolve("kafka")).resolve("server.properties");
        Files.writeString(properties, kafkaProperties());
        if (!Files.exists(data.resolve("meta.properties"))) {
            Finished format = runJava(List.of("-Xmx128m", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-cp",
                    settings.localStackClassPath(), "kafka.tools.StorageTool", "format", "-t",
                    Uuid.randomUuid().toString(), "-c", properties.toString()));
            if (format.exitCode() != 0) {
                err.println(format.output());
                throw new StackFailure("formatting the Kafka storage in " + state.shown(data) + " failed (output above)");
            }
        }
        out.println("Kafka: starting on 127.0.0.1:" + settings.kafkaPort() + " (controller "
                + settings.kafkaControllerPort() + ", data in " + state.shown(data) + ")");
        List<String> command = new ArrayList<>(List.of(settings.java()));
        command.addAll(settings.kafkaJavaOpts());
        command.addAll(timestampedLogging());
        command.addAll(List.of("-Dorg.slf4j.simpleLogger.defaultLogLevel=info", "-cp", settings.localStackClassPath(),
                "kafka.Kafka", properties.toString()));
        supervisor.start("kafka", settings.kafkaPort(), command, Map.of());
    }

    private boolean kafkaReady(int port) {
        if (!HealthProbe.accepts("127.0.0.1", port)) {
            return false;
        }
        try {
            return Files.readString(state.log("kafka"), StandardCharsets.UTF_8).contains("Kafka Server started");
        } catch (IOException e) {
            return false;
        }
    }

    private void awaitKafka() {
        if (!settings.externalKafka()) {
            supervisor.awaitReady("kafka", "Kafka", settings.startTimeout(), () -> kafkaReady(settings.kafkaPort()));
        }
    }

    private static List<String> timestampedLogging() {
        return List.of("-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-Dorg.slf4j.simpleLogger.dateTimeFormat=yyyy-MM-dd'T'HH:mm:ss.SSS");
    }

    /** Waits until every service answers UP; fails fast when one stopped, with its log's tail. */
    private void awaitServices(List<Component> components) {
        long deadline = System.nanoTime() + settings.startTimeout().toNanos();
        List<Component> waiting = new ArrayList<>(components);
        while (!waiting.isEmpty()) {
            for (Component component : List.copyOf(waiting)) {
                if (state.runningPid(component.name()).isEmpty()) {
                    throw supervisor.failed(component.name(), component.name() + " stopped while starting (log above: "
                            + state.shown(state.log(component.name())) + "); ./platform down stops the rest");
                }
                if (probe.health(component.port()).equals(HealthProbe.UP)) {
                    out.println("  " + component.name() + " healthy after " + elapsedSeconds() + "s");
                    waiting.remove(component);
                }
            }
            if (!waiting.isEmpty() && System.nanoTime() > deadline) {
                for (Component component : waiting) {
                    supervisor.printLogTail(component.name());
                    err.println("platform: " + component.name() + " not healthy after "
                            + settings.startTimeout().toSeconds() + "s: " + probe.health(component.port()));
                }
                throw new StackFailure("not every service became healthy (logs above, all logs in "
                        + state.shown(state.logs()) + "); ./platform down stops the rest");
            }
            if (!waiting.isEmpty()) {
                Supervisor.pause();
            }
        }
    }

    /** Seconds since the command began (PLATFORM_UP_STARTED, epoch seconds, when ./platform built first). */
    private long elapsedSeconds() {
        String since = settings.get("PLATFORM_UP_STARTED", "");
        if (since.matches("[0-9]+")) {
            return System.currentTimeMillis() / 1000 - Long.parseLong(since);
        }
        return Duration.ofNanos(System.nanoTime() - started).toSeconds();
    }

    private void printUrls(List<Component> components) {
        out.println();
        out.println(settings.externalDatabase() ? "  PostgreSQL        " + settings.get("PLATFORM_DB_URL", "")
                : "  PostgreSQL        jdbc:postgresql://127.0.0.1:" + settings.pgPort()
                + "/<service_db> (user = password = database name)");
        out.println("  Kafka             " + settings.kafkaBootstrap());
        for (Component component : components) {
            switch (component.name()) {
                case "gateway" -> out.println("  gateway           http://127.0.0.1:" + component.port()
                        + "  (front door for every API)");
                case "identity-service" -> out.println("  identity issuer   http://127.0.0.1:" + component.port());
                default -> out.printf("  %-17s http://127.0.0.1:%s  (OpenAPI: /v3/api-docs, /swagger-ui.html)%n",
                        component.name(), component.port());
            }
        }
        out.println("  logs              " + state.shown(state.logs()) + "/   status: ./platform status   stop: ./platform down");
    }

    // ------------------------------------------------------------------------------------------------ demo

    /** Demo data, posted through the services' APIs with a token of the issuer's ADMIN demo persona. */
    void demo() throws IOException {
        if (state.runningPid("case-service").isEmpty()) {
            throw new StackFailure("case-service is not running; start the stack with ./platform up --demo");
        }
        if (state.runningPid("identity-service").isEmpty()) {
            out.println("demo: identity-service is not running, so there is no token to load demo data with; skipped");
            return;
        }
        String caseApi = url("case-service") + "/api";
        String callbackApi = url("callback-service") + "/api";
        String surveyApi = url("survey-service") + "/api";
        Map<String, List<String>> sources = new LinkedHashMap<>();
        sources.put("case-service/src/main/resources/demo/catalogue.json",
                List.of("departments=" + caseApi + "/departments", "windows=" + caseApi + "/windows",
                        "matters=" + caseApi + "/matters"));
        // hall cases received this month, accepted and mostly completed: the frame of a first sampling round
        sources.put("case-service/src/main/resources/demo/hall-cases.json", List.of("cases=" + caseApi + "/cases"));
        sources.put("callback-service/src/main/resources/demo/residential-project.json",
                List.of("projects=" + callbackApi + "/projects", "owners=" + callbackApi + "/projects/{project}/owners"));
        // after the owners: survey-service hands receipts to the owners it learnt from callback-service's events
        sources.put("survey-service/src/main/resources/demo/surveys.json",
                List.of("questionnaires=" + surveyApi + "/questionnaires", "campaigns=" + surveyApi + "/campaigns",
                        "responses=" + surveyApi + "/survey-responses"));
        boolean loaded = false;
        for (Map.Entry<String, List<String>> source : sources.entrySet()) {
            Path file = settings.home().resolve(source.getKey());
            if (!Files.isRegularFile(file)) {
                out.println("demo: " + source.getKey() + " does not exist yet; skipped");
                continue;
            }
            out.println("demo: loading " + source.getKey());
            List<String[]> posts = source.getValue().stream().map(p -> p.split("=", 2)).toList();
            try {
                if (new DemoLoader().load(file, url("identity-service") + "/oauth2/token", "admin",
                        settings.get("DEMO_CLIENT_SECRET", "demo-secret"), posts)) {
                    loaded = true;
                } else {
                    out.println("demo: some entries of " + source.getKey() + " were not loaded (see above); the stack runs anyway");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StackFailure("interrupted");
            }
        }
        if (loaded) {
            out.println("demo: done");
        }
    }

    private String url(String service) {
        return "http://127.0.0.1:" + manifest.entry(service).port(settings.env());
    }

    // ------------------------------------------------------------------------------------------------ down

    /** Stops exactly what up started: the services (last started first), Kafka, PostgreSQL. */
    void down() throws IOException {
        Files.createDirectories(state.run());
        List<String> names = new ArrayList<>();
        for (ServicesManifest.Entry entry : manifest.entries()) {
            names.addAll(state.componentsOf(entry.name()));
        }
        supervisor.stop(names.reversed(), settings.stopTimeout(), settings.aotStopTimeout());
        supervisor.stop(List.of("kafka"), settings.stopTimeout(), settings.aotStopTimeout());
        supervisor.stop(List.of("postgres"), settings.stopTimeout(), settings.aotStopTimeout());
        stopOrphanPostmaster();
        Files.deleteIfExists(postgresReady());
        out.println("stopped; logs stay in " + state.shown(state.logs()));
    }

    /** A postmaster left behind by a killed PostgreSQL launcher (its pid is in the data folder's postmaster.pid). */
    private void stopOrphanPostmaster() {
        Path data = state.data().resolve("postgres");
        StateFolder.firstLinePid(data.resolve("postmaster.pid")).flatMap(ProcessHandle::of).ifPresent(postmaster -> {
            String commandLine = String.join(" ", StateFolder.commandLine(postmaster.pid()));
            if (commandLine.contains("postgres") && commandLine.contains(data.toString())) {
                out.println("stopping the PostgreSQL server left running (pid " + postmaster.pid() + ")");
                supervisor.interrupt(postmaster, settings.stopTimeout());
            }
        });
    }

    // ------------------------------------------------------------------------------------------------ status

    /** What runs: component, pid, port, health. */
    void status() {
        String row = "%-18s %-8s %-6s %s%n";
        out.printf(row, "COMPONENT", "PID", "PORT", "STATE");
        if (settings.externalDatabase()) {
            out.printf(row, "postgres", "-", "-", "external: " + settings.get("PLATFORM_DB_URL", ""));
        } else {
            OptionalLong pid = state.runningPid("postgres");
            int port = pid.isPresent() ? state.recordedPort("postgres", settings.pgPort()) : settings.pgPort();
            String health = pid.isEmpty() ? "stopped"
                    : Files.exists(postgresReady()) && HealthProbe.accepts("127.0.0.1", port) ? HealthProbe.UP : "starting";
            out.printf(row, "postgres", pidText(pid), port, health);
        }
        if (settings.externalKafka()) {
            out.printf(row, "kafka", "-", "-", "external: " + settings.kafkaBootstrap());
        } else {
            OptionalLong pid = state.runningPid("kafka");
            int port = pid.isPresent() ? state.recordedPort("kafka", settings.kafkaPort()) : settings.kafkaPort();
            String health = pid.isEmpty() ? "stopped" : kafkaReady(port) ? HealthProbe.UP : "starting";
            out.printf(row, "kafka", pidText(pid), port, health);
        }
        for (ServicesManifest.Entry entry : manifest.entries()) {
            if (!Files.isDirectory(settings.home().resolve(entry.name()))) {
                continue;
            }
            int port = entry.port(settings.env());
            for (String name : state.componentsOf(entry.name())) {
                OptionalLong pid = state.runningPid(name);
                if (pid.isEmpty() && !name.equals(entry.name())) {
                    continue;
                }
                if (pid.isEmpty()) {
                    out.printf(row, name, "-", port, "stopped");
                } else {
                    port = state.recordedPort(name, port);
                    out.printf(row, name, pid.getAsLong(), port, probe.health(port));
                }
            }
        }
    }

    private static String pidText(OptionalLong pid) {
        return pid.isPresent() ? Long.toString(pid.getAsLong()) : "-";
    }

    // ------------------------------------------------------------------------------------------------ tools

    /**
     * A free port in the range (LOW-HIGH) for every port variable of a stack of PLATFORM_INSTANCES instances:
     * PostgreSQL, Kafka, its controller, each service and its further instances. For a throwaway stack (verify).
     */
    Map<String, Integer> freePorts(String range) {
        String[] bounds = range.split("-");
        if (bounds.length != 2 || !bounds[0].matches("[0-9]+") || !bounds[1].matches("[0-9]+")) {
            throw new StackFailure("the port range must be LOW-HIGH (is '" + range + "')");
        }
        int low = Integer.parseInt(bounds[0]);
        int high = Integer.parseInt(bounds[1]);
        List<String> variables = new ArrayList<>(List.of("PLATFORM_PG_PORT", "PLATFORM_KAFKA_PORT",
                "PLATFORM_KAFKA_CONTROLLER_PORT"));
        ServicesManifest.components(manifest.entries(), Map.of(), settings.instances(), 1)
                .forEach(c -> variables.add(c.portVariable()));
        if (high - low + 1 < variables.size() * 2) {
            throw new StackFailure("the port range " + range + " is too small for " + variables.size() + " ports");
        }
        java.util.Random random = new java.util.Random();
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (String variable : variables) {
            int port = low + random.nextInt(high - low + 1);
            for (int tries = 1; ports.containsValue(port) || HealthProbe.inUse(port); tries++) {
                if (tries > 1000) {
                    throw new StackFailure("no free port for " + variable + " in " + range);
                }
                port = low + random.nextInt(high - low + 1);
            }
            ports.put(variable, port);
        }
        return ports;
    }

    private record Finished(int exitCode, String output) {
    }

    /** Runs a short-lived JVM of this JDK to its end; answers its exit code and output. */
    private Finished runJava(List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(settings.java()));
        command.addAll(arguments);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            return new Finished(process.waitFor(), output);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackFailure("interrupted");
        }
    }
}
