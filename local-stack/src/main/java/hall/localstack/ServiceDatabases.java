package hall.localstack;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The databases of the services and the user each one connects as (password = user name, for local use only).
 * Creating them is idempotent: what exists is left alone.
 */
public final class ServiceDatabases {

    public static final List<String> DEFAULT_NAMES =
            List.of("case_service", "deadline_service", "callback_service", "survey_service");

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final List<String> names;

    public ServiceDatabases(List<String> names) {
        for (String name : names) {
            if (!IDENTIFIER.matcher(name).matches()) {
                throw new IllegalArgumentException("not a plain lower-case SQL identifier: " + name);
            }
        }
        this.names = List.copyOf(names);
    }

    public static ServiceDatabases parse(String commaSeparated) {
        List<String> names = new ArrayList<>();
        for (String part : commaSeparated.split(",")) {
            if (!part.isBlank()) {
                names.add(part.trim());
            }
        }
        return new ServiceDatabases(names);
    }

    public List<String> names() {
        return names;
    }

    /** Creates every missing role and database; returns the names of what it created. */
    public List<String> ensureExist(Connection admin) throws SQLException {
        List<String> created = new ArrayList<>();
        admin.setAutoCommit(true);
        for (String name : names) {
            if (!exists(admin, "select 1 from pg_roles where rolname = ?", name)) {
                try (Statement statement = admin.createStatement()) {
                    statement.execute("CREATE ROLE " + name + " LOGIN PASSWORD '" + name + "'");
                }
                created.add("role " + name);
            }
            if (!exists(admin, "select 1 from pg_database where datname = ?", name)) {
                try (Statement statement = admin.createStatement()) {
                    statement.execute("CREATE DATABASE " + name + " OWNER " + name + " ENCODING 'UTF8'");
                }
                created.add("database " + name);
            }
        }
        return created;
    }

    private static boolean exists(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next();
            }
        }
    }
}
