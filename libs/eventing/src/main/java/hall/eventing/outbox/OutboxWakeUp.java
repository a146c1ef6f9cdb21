package hall.eventing.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets the relay sleep until an outbox row is committed instead of a fixed poll: {@link JdbcEventOutbox} sends a
 * PostgreSQL {@code NOTIFY} on {@link #CHANNEL} in the transaction of every append, which PostgreSQL delivers
 * only when that transaction commits (and coalesces within one transaction). The poll interval stays the safety
 * net: {@link #await(Duration)} returns after it at the latest, and when the listening connection fails it
 * simply waits the interval and opens a new one on the next call, so a lost notification only delays a row by
 * one interval.
 */
public class OutboxWakeUp implements AutoCloseable {

    public static final String CHANNEL = "outbox_event";

    private static final Logger log = LoggerFactory.getLogger(OutboxWakeUp.class);

    private final DataSource dataSource;
    private Connection connection;
    private PGConnection listening;

    public OutboxWakeUp(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Waits until a row was committed or {@code atMost} passed; true when woken by a commit. */
    public boolean await(Duration atMost) {
        int millis = (int) Math.max(1, Math.min(Integer.MAX_VALUE, atMost.toMillis()));
        try {
            PGNotification[] notifications = listener().getNotifications(millis);
            return notifications != null && notifications.length > 0;
        } catch (SQLException | RuntimeException e) {
            log.debug("Outbox listener connection failed, polling for now: {}", e.toString());
            close();
            LockSupport.parkNanos(atMost.toNanos());
            return false;
        }
    }

    private PGConnection listener() throws SQLException {
        if (listening == null) {
            connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            try (Statement s = connection.createStatement()) {
                s.execute("listen " + CHANNEL);
            }
            listening = connection.unwrap(PGConnection.class);
        }
        return listening;
    }

    @Override
    public synchronized void close() {
        listening = null;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                log.debug("Closing the outbox listener connection failed: {}", e.toString());
            }
            connection = null;
        }
    }
}
