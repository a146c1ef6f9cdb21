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
 * A stand-in for the services callback-service calls, on a local port: case-service's contact endpoint,
 * deadline-service's working-day calendar and the issuer's token endpoint. case-service's contact endpoint: answers the contact of any case, or fails with
 * 500, or hangs until released (a slow service), as a test sets it. Records the Authorization header of each
 * request.
 */
public final class RemoteServicesStub {

    public enum Mode { ANSWER, FAIL, SLOW, NOT_FOUND }

    private static RemoteServicesStub instance;

    private final HttpServer server;
    private volatile Mode mode = Mode.ANSWER;
    private volatile CountDownLatch slowRelease = new CountDownLatch(1);
    private final List<String> authorizations = new CopyOnWriteArrayList<>();
    private final List<String> calendarAuthorizations = new CopyOnWriteArrayList<>();
    private volatile boolean calendarUp = true;

    private RemoteServicesStub() {
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
            respond(exchange, status, status == 200
                    ? "{\"contactRef\":\"case:" + caseId + "\",\"name\":\"张三\",\"phone\":\"13800138000\","
                            + "\"idNumber\":\"110101199003074512\",\"callbackConsent\":true}"
                    : "{\"status\":" + status + "}");
        });
        server.createContext("/api/calendars/", exchange -> {
            calendarAuthorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
            String query = exchange.getRequestURI().getQuery();
            java.time.LocalDate from = java.time.LocalDate.parse(query.replaceAll(".*from=([0-9-]+).*", "$1"));
            int days = Integer.parseInt(query.replaceAll(".*days=([0-9]+).*", "$1"));
            java.time.LocalDate date = from;
            for (int left = days; left > 0; ) {
                date = date.plusDays(1);
                if (date.getDayOfWeek().getValue() < 6) {
                    left--;
                }
            }
            int status = calendarUp ? 200 : 503;
            respond(exchange, status, status == 200
                    ? "{\"region\":\"CN\",\"from\":\"" + from + "\",\"days\":" + days + ",\"date\":\"" + date
                            + "\",\"provisional\":false}"
                    : "{\"status\":503}");
        });
        server.createContext("/oauth2/token", exchange -> respond(exchange, 200,
                "{\"access_token\":\"machine-token\",\"token_type\":\"Bearer\",\"expires_in\":300}"));
        server.start();
    }

    private static void respond(com.sun.net.httpserver.HttpExchange exchange, int status, String json)
            throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** deadline-service's calendar up or down (503). Its stand-in answer counts Monday to Friday only. */
    public void calendarUp(boolean up) {
        calendarUp = up;
    }

    public List<String> calendarAuthorizations() {
        return List.copyOf(calendarAuthorizations);
    }

    public static synchronized RemoteServicesStub get() {
        if (instance == null) {
            instance = new RemoteServicesStub();
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
