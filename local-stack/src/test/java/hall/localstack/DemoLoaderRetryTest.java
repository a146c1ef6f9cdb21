package hall.localstack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service that answers the demo's first POST with 503 and Retry-After (its issuer was slow at its first token, or
 * its database restarting) gets the entry again after the pause, instead of the demo leaving it out.
 */
class DemoLoaderRetryTest {

    private final HttpServer server;
    private final AtomicInteger departmentPosts = new AtomicInteger();
    private volatile int unavailableAnswers;

    DemoLoaderRetryTest() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/oauth2/token", e -> answer(e, 200, "{\"access_token\":\"t\"}", null));
        server.createContext("/api/departments", e -> {
            e.getRequestBody().readAllBytes();
            if (departmentPosts.incrementAndGet() <= unavailableAnswers) {
                answer(e, 503, "{\"status\":503}", "1");
            } else {
                answer(e, 201, "{\"code\":\"D-MKT\"}", null);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static void answer(HttpExchange e, int status, String body, String retryAfter) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        e.getResponseHeaders().add("Content-Type", "application/json");
        if (retryAfter != null) {
            e.getResponseHeaders().add("Retry-After", retryAfter);
        }
        e.sendResponseHeaders(status, bytes.length);
        e.getResponseBody().write(bytes);
        e.close();
    }

    private boolean load(Path folder) throws Exception {
        Path file = Files.writeString(folder.resolve("catalogue.json"), "{\"departments\":[{\"code\":\"D-MKT\"}]}");
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        return new DemoLoader().load(file, base + "/oauth2/token", "admin", "demo-secret",
                List.<String[]>of(new String[] {"departments", base + "/api/departments"}));
    }

    @Test
    void anEntryAnswered503IsPostedAgainAfterItsRetryAfter(@TempDir Path folder) throws Exception {
        unavailableAnswers = 2;

        assertThat(load(folder)).isTrue();
        assertThat(departmentPosts).hasValue(3);
    }

    @Test
    void aServiceThatStaysUnavailableLeavesTheEntryRefusedAfterAFewAttempts(@TempDir Path folder) throws Exception {
        unavailableAnswers = Integer.MAX_VALUE;
        int attempts = DemoLoader.UNAVAILABLE_ATTEMPTS;

        assertThat(load(folder)).isFalse();
        assertThat(departmentPosts).hasValue(attempts);
    }

    @Test
    void theRetryAfterPauseIsBounded() {
        assertThat(DemoLoader.retryAfterSeconds("3")).isEqualTo(3);
        assertThat(DemoLoader.retryAfterSeconds("600")).isEqualTo(10);
        assertThat(DemoLoader.retryAfterSeconds("0")).isEqualTo(1);
        assertThat(DemoLoader.retryAfterSeconds("Wed, 21 Oct 2026 07:28:00 GMT")).isEqualTo(2);
    }
}
