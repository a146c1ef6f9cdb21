package hall.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * How a service of the local stack is launched: its environment (port, Kafka, database, issuer, the URLs of the
 * services it calls) and its JVM command line, with a start-up cache unless {@code PLATFORM_AOT=off}.
 *
 * <p>The jar is extracted once per build into {@code .platform/app/NAME} (Spring Boot's jarmode=tools) and runs
 * with a cache in {@code .platform/aot/<JDK version>/}: on JDK 25+ (or {@code PLATFORM_AOT=aot}) an AOT cache,
 * recorded by the first run and written when that run stops, loaded by later runs; on JDK 21-24 (or
 * {@code PLATFORM_AOT=cds}) a dynamic CDS archive the JVM creates and refreshes by itself. Both are dropped when
 * the jar changes.
 */
final class ServiceLaunch {

    private final StackSettings settings;
    private final ServicesManifest manifest;
    private final StateFolder state;
    private final PrintStream err;

    ServiceLaunch(StackSettings settings, ServicesManifest manifest, StateFolder state, PrintStream err) {
        this.settings = settings;
        this.manifest = manifest;
        this.state = state;
        this.err = err;
    }

    /** The environment variables a component gets on top of the launcher's. */
    Map<String, String> environment(Component component, List<Component> stack) {
        Map<String, String> env = new LinkedHashMap<>();
        String issuer = issuer(stack);
        env.put("SERVER_PORT", Integer.toString(component.port()));
        env.put("KAFKA_BOOTSTRAP", settings.kafkaBootstrap());
        env.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", settings.kafkaBootstrap());
        env.put("JWT_ISSUER_URI", issuer);
        if (component.hasDatabase()) {
            String url = settings.databaseUrl(component.database());
            // DB_* feed the services' placeholders; SPRING_DATASOURCE_* give the same values to a service without them
            env.put("DB_URL", url);
            env.put("DB_USER", component.database());
            env.put("DB_PASSWORD", component.database());
            env.put("SPRING_DATASOURCE_URL", url);
            env.put("SPRING_DATASOURCE_USERNAME", component.database());
            env.put("SPRING_DATASOURCE_PASSWORD", component.database());
        }
        switch (component.service()) {
            case "identity-service" -> env.put("ISSUER_URI", issuer);
            // callback- and survey-service read contacts and cases from case-service, due dates from deadline-service
            case "callback-service", "survey-service" -> {
                env.put("CASE_SERVICE_URL", firstUrl(stack, "case-service"));
                env.put("DEADLINE_SERVICE_URL", firstUrl(stack, "deadline-service"));
            }
            case "gateway" -> {
                // every other application of the manifest, at its first instance
                manifest.entries().stream().map(ServicesManifest.Entry::name).filter(n -> !n.equals("gateway"))
                        .forEach(service -> env.put(urlVariable(service), firstUrl(stack, service)));
                balancedServices(stack).forEach(service -> env.put(urlVariable(service), "lb://" + service));
            }
            default -> {
            }
        }
        return env;
    }

    /** The JVM command line: java, the services' (or the gateway's) flags, the gateway's instance list, the jar (or its cache). */
    List<String> command(Component component, List<Component> stack) throws IOException {
        List<String> command = new ArrayList<>(List.of(settings.java()));
        command.addAll(component.service().equals("gateway") ? settings.gatewayJavaOpts() : settings.serviceJavaOpts());
        if (component.service().equals("gateway")) {
            command.addAll(balancing(stack));
        }
        command.addAll(launch(component));
        return command;
    }

    /**
     * For the gateway: a service with several instances is routed to lb://NAME (Spring Cloud LoadBalancer, round
     * robin over the healthy ones) with its instances listed as system properties of the gateway's JVM.
     */
    List<String> balancing(List<Component> stack) {
        if (balancedServices(stack).isEmpty()) {
            return List.of();
        }
        List<String> properties = new ArrayList<>();
        Map<String, Integer> count = new LinkedHashMap<>();
        for (Component component : stack) {
            if (component.hasDatabase()) {
                int index = count.merge(component.service(), 1, Integer::sum) - 1;
                properties.add("-Dspring.cloud.discovery.client.simple.instances." + component.service() + "[" + index
                        + "].uri=http://127.0.0.1:" + component.port());
            }
        }
        properties.add("-Dspring.cloud.loadbalancer.configurations=health-check");
        properties.add("-Dspring.cloud.loadbalancer.health-check.interval="
                + settings.get("PLATFORM_BALANCER_HEALTH_INTERVAL", "5s"));
        return properties;
    }

    private static List<String> balancedServices(List<Component> stack) {
        return stack.stream().filter(c -> c.hasDatabase() && !c.isFirstInstance()).map(Component::service)
                .distinct().toList();
    }

    private String issuer(List<Component> stack) {
        return settings.get("JWT_ISSUER_URI", firstUrl(stack, "identity-service"));
    }

    /** The URL of a service's first instance: its port in this start, else its configured port. */
    private String firstUrl(List<Component> stack, String service) {
        int port = stack.stream().filter(c -> c.name().equals(service)).mapToInt(Component::port).findFirst()
                .orElseGet(() -> manifest.entry(service).port(settings.env()));
        return "http://127.0.0.1:" + port;
    }

    static String urlVariable(String service) {
        return service.toUpperCase(Locale.ROOT).replace('-', '_') + "_URL";
    }

    /** The arguments after the JVM flags: the jar as built, or extracted with its start-up cache. */
    List<String> launch(Component component) throws IOException {
        Path jar = settings.home().resolve(component.jar());
        String mode = settings.get("PLATFORM_AOT", "auto");
        switch (mode) {
            case "off" -> {
                return List.of("-jar", jar.toString());
            }
            case "auto", "aot", "cds" -> {
            }
            default -> throw new StackFailure("PLATFORM_AOT must be auto, aot, cds or off (is '" + mode + "')");
        }
        String name = component.name();
        Path dir = state.root().resolve("app").resolve(name);
        Path app = dir.resolve(jar.getFileName());
        // one cache folder per JDK build: a cache only fits the JVM that wrote it
        Path caches = state.root().resolve("aot").resolve(System.getProperty("java.version"));
        if (!Files.isRegularFile(app) || !modified(jar).equals(modified(app))) {
            deleteTree(dir);
            dropCaches(name);
            Path extractLog = state.logs().resolve(name + ".extract.log");
            Process extract = new ProcessBuilder(settings.java(), "-Djarmode=tools", "-jar", jar.toString(), "extract",
                    "--destination", dir.toString()).redirectErrorStream(true)
                    .redirectOutput(extractLog.toFile()).start();
            if (waitFor(extract) != 0) {
                err.println("platform: " + name + ": could not extract " + component.jar() + " (see "
                        + state.shown(extractLog) + "); running the jar as it is");
                return List.of("-jar", jar.toString());
            }
            Files.deleteIfExists(extractLog);
        }
        Files.createDirectories(caches);
        if (mode.equals("aot") || (mode.equals("auto") && Runtime.version().feature() >= 25)) {
            Path cache = caches.resolve(name + ".aot");
            if (Files.isRegularFile(cache) && Files.size(cache) > 0) {
                return List.of("-XX:AOTCache=" + cache, "-jar", app.toString());
            }
            Files.deleteIfExists(cache);
            Files.deleteIfExists(Path.of(cache + ".config"));
            return List.of("-XX:AOTCacheOutput=" + cache, "-jar", app.toString());
        }
        return List.of("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + caches.resolve(name + ".jsa"),
                "-jar", app.toString());
    }

    private void dropCaches(String name) throws IOException {
        Path aot = state.root().resolve("aot");
        if (!Files.isDirectory(aot)) {
            return;
        }
        try (Stream<Path> versions = Files.list(aot)) {
            for (Path version : versions.toList()) {
                for (String suffix : List.of(".aot", ".aot.config", ".jsa")) {
                    Files.deleteIfExists(version.resolve(name + suffix));
                }
            }
        }
    }

    private static FileTime modified(Path file) throws IOException {
        return Files.getLastModifiedTime(file);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private static int waitFor(Process process) {
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackFailure("interrupted");
        }
    }
}
