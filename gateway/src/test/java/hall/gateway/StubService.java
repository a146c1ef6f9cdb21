package hall.gateway;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for one service behind the gateway: answers every request with a JSON echo of what it received
 * and counts requests per "METHOD path". Paths ending in /slow answer after {@link #SLOW_MILLIS}; paths ending
 * in /unavailable answer 503; paths ending in /crowd wait (at most {@link #CROWD_WAIT_MILLIS}) until the whole crowd
 * announced by {@link #expectCrowd} has arrived, so that they are all in flight at once. It can be stopped (connection refused) and started again on the same port.
 */
final class StubService {

    static final long SLOW_MILLIS = 4_000;
    static final long CROWD_WAIT_MILLIS = 1_000;

    final String name;
    private final int port;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    final List<Map<String, String>> received = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private volatile CountDownLatch crowd = new CountDownLatch(0);
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger mostInFlight = new AtomicInteger();

    private StubService(String name, HttpServer server) {
        this.name = name;
        this.server = server;
        this.port = server.getAddress().getPort();
    }

    static StubService start(String name) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
            StubService stub = new StubService(name, server);
            stub.serve(server);
            return stub;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    int count(String method, String path) {
        AtomicInteger count = counts.get(method + " " + path);
        return count == null ? 0 : count.get();
    }

    Map<String, String> lastRequestTo(String path) {
        for (int i = received.size() - 1; i >= 0; i--) {
            if (path.equals(received.get(i).get("path"))) {
                return received.get(i);
            }
        }
        return null;
    }

    /** The next {@code size} requests to a /crowd path wait for each other. */
    void expectCrowd(int size) {
        crowd = new CountDownLatch(size);
        mostInFlight.set(0);
    }

    /** The most requests to /crowd paths that were in flight at once since {@link #expectCrowd}. */
    int mostInFlight() {
        return mostInFlight.get();
    }

    synchronized void stop() {
        server.stop(0);
    }

    synchronized void restart() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
            serve(server);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void serve(HttpServer target) {
        target.setExecutor(executor);
        target.createContext("/", this::handle);
        target.start();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            counts.computeIfAbsent(method + " " + path, key -> new AtomicInteger()).incrementAndGet();
            Headers headers = exchange.getRequestHeaders();
            Map<String, String> seen = new ConcurrentHashMap<>();
            seen.put("method", method);
            seen.put("path", path);
            copy(headers, "X-Request-Id", seen);
            copy(headers, "traceparent", seen);
            copy(headers, "Authorization", seen);
            copy(headers, "X-Forwarded-Host", seen);
            received.add(seen);

            if (path.endsWith("/crowd")) {
                mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                try {
                    crowd.countDown();
                    crowd.await(CROWD_WAIT_MILLIS, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    inFlight.decrementAndGet();
                }
            }
            if (path.endsWith("/slow")) {
                try {
                    Thread.sleep(SLOW_MILLIS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            int status = path.endsWith("/unavailable") ? 503 : 200;
            String body = "{\"service\":\"" + name + "\",\"method\":\"" + method + "\",\"path\":\"" + path + "\"}";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException e) {
            // the gateway gave up waiting (time limit): nothing to answer
        }
    }

    private static void copy(Headers headers, String name, Map<String, String> into) {
        String value = headers.getFirst(name);
        if (value != null) {
            into.put(name, value);
        }
    }
}
