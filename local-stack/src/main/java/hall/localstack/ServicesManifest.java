package hall.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code services.properties}, the one list of the platform's applications in start order: {@code name = port,
 * PORT_VARIABLE, database}. Turns it into the stack's components: each port is the manifest's unless its variable
 * is set; a service with a database runs in {@code instances} instances, instance i &gt; 1 named {@code NAME-i} on
 * the port in the variable with {@code _i} ({@code CASE_SERVICE_PORT_2}), by default the first port + (i-1) * step.
 */
public record ServicesManifest(List<Entry> entries) {

    /** One line of the manifest. */
    public record Entry(String name, int port, String portVariable, String database) {

        /** The port of the first instance: the variable's value when set, else the manifest's. */
        public int port(Map<String, String> env) {
            return parsePort(portVariable, env.getOrDefault(portVariable, Integer.toString(port)));
        }
    }

    public static ServicesManifest read(Path file) throws IOException {
        return parse(Files.readAllLines(file));
    }

    public static ServicesManifest parse(List<String> lines) {
        List<Entry> entries = new ArrayList<>();
        for (String raw : lines) {
            int comment = raw.indexOf('#');
            String line = comment >= 0 ? raw.substring(0, comment) : raw;
            int equals = line.indexOf('=');
            if (equals < 0) {
                continue;
            }
            String[] fields = (line.substring(equals + 1) + " ").split(",", -1);
            if (fields.length < 2) {
                throw new IllegalArgumentException("services.properties: '" + raw.strip()
                        + "' is not 'name = port, PORT_VARIABLE, database'");
            }
            String variable = fields[1].strip();
            entries.add(new Entry(line.substring(0, equals).strip(), parsePort(variable, fields[0].strip()), variable,
                    fields.length > 2 ? fields[2].strip() : ""));
        }
        return new ServicesManifest(List.copyOf(entries));
    }

    /** The components of the given entries with their further instances after each, ports from {@code env}. */
    public static List<Component> components(List<Entry> entries, Map<String, String> env, int instances, int step) {
        List<Component> components = new ArrayList<>();
        for (Entry entry : entries) {
            int first = entry.port(env);
            components.add(new Component(entry.name(), entry.name(), first, entry.portVariable(), entry.database()));
            if (entry.database().isEmpty()) {
                continue;
            }
            for (int i = 2; i <= instances; i++) {
                String variable = entry.portVariable() + "_" + i;
                int port = env.containsKey(variable) ? parsePort(variable, env.get(variable)) : first + (i - 1) * step;
                components.add(new Component(entry.name() + "-" + i, entry.name(), port, variable, entry.database()));
            }
        }
        return List.copyOf(components);
    }

    public List<Component> components(Map<String, String> env, int instances, int step) {
        return components(entries, env, instances, step);
    }

    /** The databases of the services, in manifest order. */
    public List<String> databases() {
        return entries.stream().map(Entry::database).filter(d -> !d.isEmpty()).toList();
    }

    public Entry entry(String name) {
        return entries.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + name + " in services.properties"));
    }

    static int parsePort(String variable, String value) {
        try {
            int port = Integer.parseInt(value.strip());
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new StackFailure(variable + " must be a port number (is '" + value + "')");
    }
}
