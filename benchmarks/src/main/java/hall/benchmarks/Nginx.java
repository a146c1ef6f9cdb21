package hall.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The static backend both the gateway and nginx proxy to (a fixed JSON answer, no upstream work), and nginx as the
 * peer proxy in front of it, with upstream keep-alive like the gateway's pooled connections. Runs in the
 * foreground as a child of the bench and is stopped with it.
 */
final class Nginx implements AutoCloseable {

    static final String BODY = "{\"id\":\"bench\",\"status\":\"ACCEPTED\"}";

    private final Process process;

    private Nginx(Process process) {
        this.process = process;
    }

    static Nginx start(Path nginx, Path directory, int backendPort, int proxyPort) {
        try {
            Files.createDirectories(directory.resolve("logs"));
            Path conf = directory.resolve("nginx.conf");
            Files.writeString(conf, config(directory, backendPort, proxyPort));
            Process process = new ProcessBuilder(nginx.toString(), "-p", directory.toString(), "-c", conf.toString())
                    .redirectErrorStream(true).redirectOutput(directory.resolve("logs/nginx.out").toFile()).start();
            Nginx started = new Nginx(process);
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (!(listening(backendPort) && listening(proxyPort))) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    started.close();
                    throw new IllegalStateException("nginx did not start: "
                            + Processes.tail(Files.readString(directory.resolve("logs/nginx.out"))));
                }
                Thread.sleep(50);
            }
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String config(Path directory, int backendPort, int proxyPort) {
        String logs = directory.resolve("logs").toString();
        return """
                daemon off;
                worker_processes auto;
                pid %1$s/nginx.pid;
                error_log %1$s/error.log warn;
                events { worker_connections 1024; }
                http {
                    access_log off;
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    fastcgi_temp_path %1$s/fastcgi;
                    uwsgi_temp_path %1$s/uwsgi;
                    scgi_temp_path %1$s/scgi;
                    upstream backend { server 127.0.0.1:%2$d; keepalive 64; }
                    server {
                        listen 127.0.0.1:%2$d;
                        location / { default_type application/json; return 200 '%4$s'; }
                    }
                    server {
                        listen 127.0.0.1:%3$d;
                        location / {
                            proxy_pass http://backend;
                            proxy_http_version 1.1;
                            proxy_set_header Connection "";
                        }
                    }
                }
                """.formatted(logs, backendPort, proxyPort, BODY);
    }

    private static boolean listening(int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        Processes.stop(process);
    }

    List<Long> pids() {
        return List.of(process.pid());
    }
}
