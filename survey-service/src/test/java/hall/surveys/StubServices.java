package hall.surveys;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A real HTTP server standing in for case-service and deadline-service in tests: each path answers what a test
 * set for it (404 otherwise), and every request is recorded with its Authorization header.
 */
public final class StubServices {

    public record Canned(int status, String body) {
    }

    public record Received(String path, String query, String authorization) {
    }

    private static final Map<String, Canned> ANSWERS = new ConcurrentHashMap<>();
    private static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    private static HttpServer server;

    private StubServices() {
    }

    public static synchronized String url() {
        if (server == null) {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            server.createContext("/", exchange -> {
                String path = exchange.getRequestURI().getPath();
                RECEIVED.add(new Received(path, exchange.getRequestURI().getQuery(),
                        exchange.getRequestHeaders().getFirst("Authorization")));
                Canned canned = ANSWERS.getOrDefault(path, new Canned(404, "{\"title\":\"Not found\"}"));
                byte[] body = canned.body().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(canned.status(), body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
        }
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public static void answer(String path, int status, String body) {
        ANSWERS.put(path, new Canned(status, body));
    }

    public static List<Received> received(String path) {
        return RECEIVED.stream().filter(r -> r.path().equals(path)).toList();
    }
}
