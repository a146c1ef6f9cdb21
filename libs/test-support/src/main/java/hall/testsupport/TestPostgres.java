package hall.testsupport;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real PostgreSQL for integration tests: the server at PLATFORM_TEST_DB_URL (with PLATFORM_TEST_DB_USER and
 * PLATFORM_TEST_DB_PASSWORD) when given, otherwise an embedded PostgreSQL 17 started once per test JVM from the
 * binaries on Maven Central. Each test JVM gets its own fresh databases, dropped (or discarded) at exit. The
 * embedded server's shared_buffers is PostgreSQL's default (128MB) unless the system property
 * {@value #SHARED_BUFFERS_PROPERTY} names another size: a benchmark of a table larger than that sizes the server
 * for it, as a production server is.
 */
public final class TestPostgres {

    private static String adminUrl;
    private static String user;
    private static String password;
    private static final Set<String> created = new HashSet<>();
    private static final String RUN = Long.toString(ProcessHandle.current().pid());

    private TestPostgres() {
    }

    /** Sets spring.datasource.* to a fresh database named after {@code database}. */
    public static void register(DynamicPropertyRegistry registry, String database) {
        String url = jdbcUrl(database);
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", TestPostgres::user);
        registry.add("spring.datasource.password", TestPostgres::password);
    }

    public static synchronized String jdbcUrl(String database) {
        start();
        String name = database + "_t" + RUN;
        if (created.add(name)) {
            try (Connection c = DriverManager.getConnection(adminUrl, user, password);
                    Statement s = c.createStatement()) {
                s.execute("drop database if exists " + name);
                s.execute("create database " + name);
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot create test database " + name + ": " + e.getMessage(), e);
            }
        }
        return adminUrl.replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1");
    }

    public static synchronized String user() {
        start();
        return user;
    }

    public static synchronized String password() {
        start();
        return password;
    }

    public static final String SHARED_BUFFERS_PROPERTY = "platform.test.postgres.shared-buffers";

    private static void start() {
        if (adminUrl != null) {
            return;
        }
        String external = System.getenv("PLATFORM_TEST_DB_URL");
        if (external != null && !external.isBlank()) {
            adminUrl = external;
            user = envOr("PLATFORM_TEST_DB_USER", "postgres");
            password = envOr("PLATFORM_TEST_DB_PASSWORD", "postgres");
            Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::dropCreated));
            return;
        }
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", System.getProperty(SHARED_BUFFERS_PROPERTY, "128MB"))
                    .start();
            adminUrl = postgres.getJdbcUrl("postgres", "postgres");
            user = "postgres";
            password = "postgres";
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the temporary cluster is removed with the JVM's temp files
                }
            }));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    private static void dropCreated() {
        try (Connection c = DriverManager.getConnection(adminUrl, user, password); Statement s = c.createStatement()) {
            for (String name : created) {
                try (ResultSet ignored = s.executeQuery("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + name + "'")) {
                    s.execute("drop database if exists " + name);
                }
            }
        } catch (SQLException ignored) {
            // best effort at JVM exit
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
