package hall.security;

import hall.security.web.RequestProblemAdvice;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A request whose transaction cannot reach the service's PostgreSQL (here the real driver against a port nothing
 * listens on; in the fault run PostgreSQL killed under the request) is answered 503 with Retry-After as a problem
 * detail, not 500: the caller retries once the database is back.
 */
@SpringBootTest(classes = UnreachableDatabaseTest.App.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://127.0.0.1:9/oauth2/jwks")
class UnreachableDatabaseTest {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @RestController
    @Import(Problems.class)
    static class App {

        private final TransactionTemplate transaction;
        private final JdbcTemplate jdbc;

        App() throws Exception {
            int closedPort;
            try (ServerSocket socket = new ServerSocket(0)) {
                closedPort = socket.getLocalPort();
            }
            DriverManagerDataSource database = new DriverManagerDataSource(
                    "jdbc:postgresql://127.0.0.1:" + closedPort + "/case_service?connectTimeout=2", "case_service", "case_service");
            this.transaction = new TransactionTemplate(new JdbcTransactionManager(database));
            this.jdbc = new JdbcTemplate(database);
        }

        @Bean
        SecurityFilterChain open(HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(a -> a.anyRequest().permitAll()).csrf(c -> c.disable()).build();
        }

        @PostMapping("/api/things")
        String create() {
            return transaction.execute(status -> {
                jdbc.update("insert into thing (name) values ('one')");
                return "{}";
            });
        }
    }

    @RestControllerAdvice
    static class Problems extends RequestProblemAdvice {
    }

    @LocalServerPort
    int port;

    @Test
    void aTransactionThatCannotReachTheDatabaseIsAnswered503WithRetryAfter() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/things"))
                        .POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).contains("5");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"type\":\"https://hall.example/problems/service-unavailable\"")
                .contains("database is out of reach");
    }
}
