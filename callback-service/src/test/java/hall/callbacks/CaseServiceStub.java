package hall.callbacks;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for case-service's contact endpoint on a local port: answers the contact of any case, or fails with
 * 500, or hangs until released (a slow service), as a test sets it. Records the Authorization header of each
 * request.
 */
public final class CaseServiceStub {

    public enum Mode { ANSWER, FAIL, SLOW, NOT_FOUND }

    private static CaseServiceStub instance;

    private final HttpServer server;
    private volatile Mode mode = Mode.ANSWER;
    private volatile CountDownLatch slowRelease = new CountDownLatch(1);
    private final List<String> authorizations = new CopyOnWriteArrayList<>();

    private CaseServiceStub() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/api/cases/", exchange -> {
            authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            String path = exchange.getRequestURI().getPath();
            String caseId = path.substring("/api/cases/".length(), path.length() - "/contact".length());
            Mode now = mode;
            if (now == Mode.SLOW) {
                try {
                    slowRelease.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            int status = switch (now) {
                case FAIL -> 500;
                case NOT_FOUND -> 404;
                default -> 200;
            };
            byte[] body = (status == 200
                    ? "{\"contactRef\":\"case:" + caseId + "\",\"name\":\"张三\",\"phone\":\"13800138000\","
                            + "\"idNumber\":\"110101199003074512\",\"callbackConsent\":true}"
                    : "{\"status\":" + status + "}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    public static synchronized CaseServiceStub get() {
        if (instance == null) {
            instance = new CaseServiceStub();
        }
        return instance;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public void mode(Mode m) {
        if (mode == Mode.SLOW) {
            slowRelease.countDown();
        }
        slowRelease = new CountDownLatch(1);
        mode = m;
    }

    public int requests() {
        return authorizations.size();
    }

    public List<String> authorizations() {
        return List.copyOf(authorizations);
    }
}
