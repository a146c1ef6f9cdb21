package hall.localstack;

import java.nio.file.Path;

/**
 * One application process of the local stack: a service of the manifest or a further instance of it
 * ({@code case-service-2}), with the port it listens on and the variable that overrides that port.
 *
 * @param name         the component's name: pid file, log file and {@code -Dplatform.component}
 * @param service      the manifest name of the service it is an instance of
 * @param port         the port it listens on
 * @param portVariable the environment variable that overrides the port ({@code CASE_SERVICE_PORT_2})
 * @param database     the service's database, empty when it has none
 */
public record Component(String name, String service, int port, String portVariable, String database) {

    /** The jar the component runs, relative to the repository. */
    public Path jar() {
        return Path.of(service, "target", service + ".jar");
    }

    public boolean hasDatabase() {
        return !database.isEmpty();
    }

    /** Whether it is the first instance of its service (the one the manifest names). */
    public boolean isFirstInstance() {
        return name.equals(service);
    }
}
