package hall.localstack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The local stack's configuration, from environment variables (docs/running.md has the table).
 *
 * @param home the repository
 * @param env  the environment the settings are read from; also what started processes inherit
 */
public record StackSettings(Path home, Map<String, String> env) {

    /**
     * The services' JVM flags: C1 only, chosen by measurement. The intake row of ./platform bench did not change with
     * the full tiered compiler (104-127 cases/s under both, the two cores full), while a fresh stack (no start-up
     * cache, as ./platform verify starts it) was healthy after 60 s with these flags and after 88-110 s with C2,
     * whose compiler threads compete with a dozen starting JVMs for two cores.
     */
    public static final String SERVICE_JAVA_OPTS = "-Xms32m -Xmx256m -Xss512k -XX:+UseSerialGC -XX:TieredStopAtLevel=1 "
            + "-XX:ReservedCodeCacheSize=64m -XX:+ExitOnOutOfMemoryError";
    /**
     * The gateway's JVM flags: the full tiered compiler (C2) with two compiler threads, chosen by measurement. Loaded
     * until its rate was steady, the gateway served 2.3x to 2.9x the requests of C1 only (./platform bench, 30
     * November 2026: 2,483 against 979 req/s, 3,163 against 1,089, 1,847 against 799) for 1-2 s more start and
     * about 80 MiB more memory; C2 needs about a minute of load on two cores to get there.
     */
    public static final String GATEWAY_JAVA_OPTS = "-Xms32m -Xmx256m -Xss512k -XX:+UseSerialGC -XX:CICompilerCount=2 "
            + "-XX:ReservedCodeCacheSize=128m -XX:+ExitOnOutOfMemoryError";
    public static final String KAFKA_JAVA_OPTS = "-Xms64m -Xmx320m -Xss512k -XX:+UseSerialGC -XX:TieredStopAtLevel=1 "
            + "-XX:ReservedCodeCacheSize=48m -XX:+ExitOnOutOfMemoryError";
    /** The PostgreSQL launcher's JVM flags: the first start extracts the binaries in about 100 MB of heap. */
    public static final String PG_JAVA_OPTS = "-Xmx160m -Xss512k -XX:+UseSerialGC -XX:TieredStopAtLevel=1";

    public String get(String name, String otherwise) {
        String value = env.get(name);
        return value == null ? otherwise : value;
    }

    public boolean isSet(String name) {
        return !get(name, "").isEmpty();
    }

    public StateFolder state() {
        String dir = get("PLATFORM_STATE_DIR", "");
        return new StateFolder(home, dir.isEmpty() ? home.resolve(".platform") : home.resolve(dir).normalize());
    }

    public int pgPort() {
        return ServicesManifest.parsePort("PLATFORM_PG_PORT", get("PLATFORM_PG_PORT", "15432"));
    }

    /** PostgreSQL's shared_buffers (PLATFORM_PG_SHARED_BUFFERS), e.g. 64MB or 1GB. */
    public String pgSharedBuffers() {
        String size = get("PLATFORM_PG_SHARED_BUFFERS", LocalPostgres.DEFAULT_SHARED_BUFFERS).strip();
        if (!size.matches("[0-9]+(kB|MB|GB)")) {
            throw new IllegalArgumentException("PLATFORM_PG_SHARED_BUFFERS must be a size such as 64MB or 1GB, not '"
                    + size + "'");
        }
        return size;
    }

    public int kafkaPort() {
        return ServicesManifest.parsePort("PLATFORM_KAFKA_PORT", get("PLATFORM_KAFKA_PORT", "19092"));
    }

    public int kafkaControllerPort() {
        return ServicesManifest.parsePort("PLATFORM_KAFKA_CONTROLLER_PORT", get("PLATFORM_KAFKA_CONTROLLER_PORT", "19093"));
    }

    public int instances() {
        return instances(get("PLATFORM_INSTANCES", "1"));
    }

    static int instances(String value) {
        if (!value.matches("[1-9][0-9]?")) {
            throw new StackFailure("--instances (PLATFORM_INSTANCES) must be a number from 1 to 99 (is '" + value + "')");
        }
        return Integer.parseInt(value);
    }

    public int instancePortStep() {
        return Integer.parseInt(get("PLATFORM_INSTANCE_PORT_STEP", "100"));
    }

    public Duration startTimeout() {
        return Duration.ofSeconds(Long.parseLong(get("PLATFORM_START_TIMEOUT", "300")));
    }

    public Duration stopTimeout() {
        return Duration.ofSeconds(Long.parseLong(get("PLATFORM_STOP_TIMEOUT", "30")));
    }

    public Duration aotStopTimeout() {
        return Duration.ofSeconds(Long.parseLong(get("PLATFORM_AOT_STOP_TIMEOUT", "180")));
    }

    public int logLines(int otherwise) {
        return Integer.parseInt(get("PLATFORM_LOG_LINES", Integer.toString(otherwise)));
    }

    public List<String> serviceJavaOpts() {
        return words(get("PLATFORM_JAVA_OPTS", SERVICE_JAVA_OPTS));
    }

    public List<String> gatewayJavaOpts() {
        return words(get("PLATFORM_GATEWAY_JAVA_OPTS", GATEWAY_JAVA_OPTS));
    }

    public List<String> kafkaJavaOpts() {
        return words(get("PLATFORM_KAFKA_JAVA_OPTS", KAFKA_JAVA_OPTS));
    }

    public List<String> pgJavaOpts() {
        return words(get("PLATFORM_PG_JAVA_OPTS", PG_JAVA_OPTS));
    }

    public boolean externalDatabase() {
        return isSet("PLATFORM_DB_URL");
    }

    public boolean externalKafka() {
        return isSet("PLATFORM_KAFKA_BOOTSTRAP");
    }

    public String kafkaBootstrap() {
        return externalKafka() ? get("PLATFORM_KAFKA_BOOTSTRAP", "") : "127.0.0.1:" + kafkaPort();
    }

    /** The JDBC URL of one service database: on the local server, or on the hosts of PLATFORM_DB_URL. */
    public String databaseUrl(String database) {
        if (!externalDatabase()) {
            return "jdbc:postgresql://127.0.0.1:" + pgPort() + "/" + database;
        }
        String url = get("PLATFORM_DB_URL", "");
        int question = url.indexOf('?');
        String query = question >= 0 ? url.substring(question) : "";
        String rest = (question >= 0 ? url.substring(0, question) : url).replaceFirst("^jdbc:postgresql://", "");
        int slash = rest.indexOf('/');
        return "jdbc:postgresql://" + (slash >= 0 ? rest.substring(0, slash) : rest) + "/" + database + query;
    }

    /** The java executable of the JDK this runs on (the one ./platform found). */
    public String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** local-stack's jar and its libraries, as a class path. */
    public String localStackClassPath() {
        Path target = home.resolve("local-stack/target");
        return target.resolve("local-stack.jar") + java.io.File.pathSeparator + target.resolve("lib") + "/*";
    }

    static List<String> words(String text) {
        return Arrays.stream(text.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }
}
