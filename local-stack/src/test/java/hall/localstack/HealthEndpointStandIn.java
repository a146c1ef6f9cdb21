package hall.localstack;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A tiny component for the supervisor's tests: answers {@code GET /actuator/health} with UP on the port in its
 * first argument, or, with {@code fail} as its second, writes a reason to its output and exits while starting.
 */
public final class HealthEndpointStandIn {

    private HealthEndpointStandIn() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length > 1 && args[1].equals("fail")) {
            System.out.println("stand-in: the configuration is broken, giving up");
            System.exit(3);
        }
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(),
                Integer.parseInt(args[0])), 0);
        server.createContext("/actuator/health", exchange -> {
            byte[] body = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        System.out.println("stand-in: listening on " + args[0]);
    }
}
