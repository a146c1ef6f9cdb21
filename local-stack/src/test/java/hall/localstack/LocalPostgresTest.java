package hall.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalPostgresTest {

    @TempDir
    Path dataDir;

    @Test
    void createsEachServiceDatabaseOnceAndKeepsDataAcrossRestarts() throws Exception {
        int port = freePort();
        ServiceDatabases databases = new ServiceDatabases(List.of("case_service", "survey_service"));
        String adminUrl = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";

        try (EmbeddedPostgres postgres = LocalPostgres.start(port, dataDir, LocalPostgres.Durability.FAST,
                LocalPostgres.DEFAULT_SHARED_BUFFERS)) {
            assertThat(ProvisionDatabases.provision(adminUrl, "postgres", "", databases))
                    .containsExactly("role case_service", "database case_service",
                            "role survey_service", "database survey_service");
            assertThat(ProvisionDatabases.provision(adminUrl, "postgres", "", databases)).isEmpty();
            try (Connection connection = DriverManager.getConnection(
                    "jdbc:postgresql://127.0.0.1:" + port + "/case_service", "case_service", "case_service");
                 Statement statement = connection.createStatement()) {
                statement.execute("create table kept (id int)");
                statement.execute("insert into kept values (42)");
            }
        }

        try (EmbeddedPostgres postgres = LocalPostgres.start(port, dataDir, LocalPostgres.Durability.FAST,
                LocalPostgres.DEFAULT_SHARED_BUFFERS)) {
            assertThat(ProvisionDatabases.provision(adminUrl, "postgres", "", databases)).isEmpty();
            try (Connection connection = DriverManager.getConnection(
                    "jdbc:postgresql://127.0.0.1:" + port + "/case_service", "case_service", "case_service");
                 Statement statement = connection.createStatement();
                 var rows = statement.executeQuery("select id from kept")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt(1)).isEqualTo(42);
            }
        }
    }

    @Test
    void sharedBuffersAreSmallByDefaultAndSizedByTheEnvironment() throws Exception {
        StackSettings defaults = new StackSettings(dataDir, Map.of());
        StackSettings sized = new StackSettings(dataDir, Map.of("PLATFORM_PG_SHARED_BUFFERS", "96MB"));
        assertThat(defaults.pgSharedBuffers()).isEqualTo("64MB");
        assertThat(sized.pgSharedBuffers()).isEqualTo("96MB");
        assertThatThrownBy(() -> new StackSettings(dataDir, Map.of("PLATFORM_PG_SHARED_BUFFERS", "lots")).pgSharedBuffers())
                .hasMessageContaining("PLATFORM_PG_SHARED_BUFFERS").hasMessageContaining("lots");

        int port = freePort();
        try (EmbeddedPostgres postgres = LocalPostgres.start(port, dataDir, LocalPostgres.Durability.FAST,
                sized.pgSharedBuffers());
             Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             var rows = statement.executeQuery("show shared_buffers")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("96MB");
        }
    }

    @Test
    void explainsAnUnreachableServerInOneLine() throws IOException {
        String url = "jdbc:postgresql://127.0.0.1:" + freePort() + "/postgres";

        assertThatThrownBy(() -> ProvisionDatabases.provision(url, "postgres", "", new ServiceDatabases(List.of("x"))))
                .isInstanceOfSatisfying(SQLException.class, e -> {
                    String line = ProvisionDatabases.explain(e, url, "postgres");
                    assertThat(line).startsWith("PostgreSQL at " + url + " is unreachable")
                            .contains("PLATFORM_DB_URL")
                            .doesNotContain("\n");
                });
    }

    @Test
    void rejectsNamesThatAreNotPlainIdentifiers() {
        assertThatThrownBy(() -> ServiceDatabases.parse("case_service,x; drop table y"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ServiceDatabases.parse(" a_b , c ,").names()).containsExactly("a_b", "c");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
