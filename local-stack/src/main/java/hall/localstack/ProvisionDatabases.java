package hall.localstack;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;

/**
 * Creates the services' databases and users in an existing PostgreSQL given by PLATFORM_DB_URL (an admin
 * connection, with PLATFORM_DB_USER and PLATFORM_DB_PASSWORD). Any failure ends with one line on stderr
 * saying what is wrong and how to fix it, and exit code 3.
 */
public final class ProvisionDatabases {

    static final int UNREACHABLE = 3;

    private ProvisionDatabases() {
    }

    public static void main(String[] args) {
        String url = System.getenv("PLATFORM_DB_URL");
        String user = System.getenv().getOrDefault("PLATFORM_DB_USER", "postgres");
        String password = System.getenv().getOrDefault("PLATFORM_DB_PASSWORD", "");
        String names = args.length > 0 ? args[0] : String.join(",", ServiceDatabases.DEFAULT_NAMES);
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            System.err.println("PLATFORM_DB_URL must be a jdbc:postgresql:// URL, e.g. jdbc:postgresql://127.0.0.1:5432/postgres");
            System.exit(UNREACHABLE);
        }
        try {
            List<String> created = provision(url, user, password, ServiceDatabases.parse(names));
            System.out.println(created.isEmpty()
                    ? "service databases already exist"
                    : "created " + String.join(", ", created));
        } catch (SQLException e) {
            System.err.println(explain(e, url, user));
            System.exit(UNREACHABLE);
        }
    }

    static List<String> provision(String url, String user, String password, ServiceDatabases databases)
            throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("loginTimeout", "10");
        try (Connection admin = DriverManager.getConnection(url, properties)) {
            return databases.ensureExist(admin);
        }
    }

    /** One line: what went wrong and what to change. */
    static String explain(SQLException e, String url, String user) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String firstSentence = firstSentence(e.getMessage());
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof java.net.UnknownHostException) {
            return "PostgreSQL at " + url + " is unreachable (unknown host " + root.getMessage()
                    + "); fix the host in PLATFORM_DB_URL, or unset PLATFORM_DB_URL to use the embedded PostgreSQL";
        }
        if (state.startsWith("08")) {
            return "PostgreSQL at " + url + " is unreachable (" + firstSentence
                    + "); start it or fix PLATFORM_DB_URL, or unset PLATFORM_DB_URL to use the embedded PostgreSQL";
        }
        if (state.startsWith("28")) {
            return "PostgreSQL at " + url + " refused user '" + user + "' (" + firstSentence
                    + "); fix PLATFORM_DB_USER / PLATFORM_DB_PASSWORD";
        }
        if (state.equals("42501")) {
            return "user '" + user + "' may not create roles or databases at " + url
                    + "; set PLATFORM_DB_USER to a superuser or a user with CREATEROLE and CREATEDB";
        }
        if (state.equals("3D000")) {
            return "the database in PLATFORM_DB_URL does not exist (" + firstSentence
                    + "); point PLATFORM_DB_URL at an existing database such as /postgres";
        }
        return "PostgreSQL at " + url + " failed: " + firstSentence + " (SQL state " + state
                + "); check PLATFORM_DB_URL, PLATFORM_DB_USER and PLATFORM_DB_PASSWORD";
    }

    private static String firstSentence(String message) {
        if (message == null) {
            return "no details";
        }
        String oneLine = message.replaceAll("\\s+", " ").trim();
        int end = oneLine.indexOf(". ");
        return end > 0 ? oneLine.substring(0, end) : oneLine;
    }
}
