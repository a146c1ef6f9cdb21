package hall.chaos;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * What one fault run does: how long the load and the faults last, the seed of every random choice, where the
 * stack's state folder and start script are, and the ports the stack was started on (from the same variables
 * {@code ./platform} reads).
 */
record RunOptions(Duration duration, long seed, Path root, Path stateDir, int gatewayPort, int postgresPort,
        Duration drainTimeout, Duration caseInterval, Duration restartTimeout) {

    static final int DEFAULT_MINUTES = 10;
    static final int MAX_MINUTES = 24 * 60;

    static RunOptions parse(String[] args, Map<String, String> env) {
        int minutes = DEFAULT_MINUTES;
        long seed = System.currentTimeMillis() % 100_000;
        Path root = Path.of(".").toAbsolutePath().normalize();
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--minutes" -> { minutes = positive("--minutes", value); i++; }
                case "--seed" -> { seed = number("--seed", value); i++; }
                case "--root" -> { root = Path.of(required("--root", value)).toAbsolutePath().normalize(); i++; }
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; use --minutes N --seed S --root DIR");
            }
        }
        if (minutes > MAX_MINUTES) {
            throw new IllegalArgumentException("--minutes must be at most " + MAX_MINUTES + " (is " + minutes + ")");
        }
        Path state = Path.of(env.getOrDefault("PLATFORM_STATE_DIR", root.resolve(".platform").toString()));
        int drainSeconds = (int) number("CHAOS_DRAIN_SECONDS", env.getOrDefault("CHAOS_DRAIN_SECONDS", "300"));
        int intervalMillis = (int) number("CHAOS_CASE_INTERVAL_MS", env.getOrDefault("CHAOS_CASE_INTERVAL_MS", "2000"));
        // ./platform up waits PLATFORM_START_TIMEOUT for health; a restart gets that and a minute more
        int startSeconds = (int) number("PLATFORM_START_TIMEOUT", env.getOrDefault("PLATFORM_START_TIMEOUT", "300"));
        return new RunOptions(Duration.ofMinutes(minutes), seed, root, state,
                port(env, "GATEWAY_PORT", 18080), port(env, "PLATFORM_PG_PORT", 15432),
                Duration.ofSeconds(drainSeconds), Duration.ofMillis(intervalMillis),
                Duration.ofSeconds(startSeconds + 60L));
    }

    String gatewayUrl() {
        return "http://127.0.0.1:" + gatewayPort;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + postgresPort + "/" + database;
    }

    private static int port(Map<String, String> env, String variable, int fallback) {
        String value = env.get(variable);
        return value == null || value.isBlank() ? fallback : positive(variable, value);
    }

    private static String required(String option, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }

    private static long number(String option, String value) {
        try {
            return Long.parseLong(required(option, value).strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a whole number (is '" + value + "')");
        }
    }

    private static int positive(String option, String value) {
        long n = number(option, value);
        if (n < 1 || n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(option + " must be a positive number (is '" + value + "')");
        }
        return (int) n;
    }
}
