package hall.localstack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Whether a component answers: a service's {@code /actuator/health}, a port that accepts connections. */
public final class HealthProbe {

    public static final String UP = "UP";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** {@code UP} when {@code GET /actuator/health} on the port answers 200 with status UP, else what it answered. */
    public String health(int port) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(3)).GET().build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return answer(response.statusCode(), response.body());
        } catch (IOException e) {
            return "no answer";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "no answer";
        }
    }

    /** Reads a health answer: {@code UP}, or {@code HTTP <code> <start of the body>}. */
    public static String answer(int status, String body) {
        if (status == 200 && UP.equals(statusOf(body))) {
            return UP;
        }
        String start = body == null ? "" : body.strip();
        return "HTTP " + status + " " + start.substring(0, Math.min(80, start.length()));
    }

    private static String statusOf(String body) {
        try {
            return JSON.readTree(body == null ? "" : body).path("status").asText("");
        } catch (JsonProcessingException e) {
            return "";
        }
    }

    /** Whether something accepts connections on the host's port (within 2 s). */
    public static boolean accepts(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether the port is taken on this machine: something listens on it (on any address) or answers on it. */
    public static boolean inUse(int port) {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress((InetAddress) null, port));
        } catch (IOException e) {
            return true;
        }
        return accepts("127.0.0.1", port);
    }
}
