package hall.security.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a request failed because the service's database is out of reach (killed, restarting, refusing
 * connections, shutting down), which is not the caller's fault and passes: the answer is 503 with Retry-After,
 * as for any other part that is down. Found by the fault run: requests in flight when PostgreSQL was killed ended in
 * 500 ("JDBC rollback failed", a {@code TransactionSystemException} around the lost connection). Reads the cause
 * chain, since the JDBC driver's failure arrives wrapped by the transaction manager, the template or the pool.
 */
public final class StoreOutage {

    private StoreOutage() {
    }

    public static boolean causedBy(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        Deque<Throwable> toRead = new ArrayDeque<>();
        toRead.add(failure);
        while (!toRead.isEmpty()) {
            Throwable t = toRead.poll();
            if (seen.put(t, Boolean.TRUE) != null) {
                continue;
            }
            if (t.getCause() != null) {
                toRead.add(t.getCause());
            }
            // a rollback that failed on the pool's closed connection hides what made the transaction roll back
            // (the lost connection's I/O error): the transaction manager keeps it as the application exception
            if (t instanceof TransactionSystemException rollback && rollback.getApplicationException() != null) {
                toRead.add(rollback.getApplicationException());
            }
            if (t instanceof DataAccessResourceFailureException || t instanceof CannotCreateTransactionException
                    || t instanceof QueryTimeoutException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLNonTransientConnectionException || t instanceof SQLRecoverableException) {
                return true;
            }
            if (t instanceof SQLException sql && connectionLost(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLSTATE classes of a lost or refused connection: 08 connection exception, 53 insufficient resources (too
     * many connections), 57 operator intervention (shutdown, crash recovery), 58 system error.
     */
    static boolean connectionLost(String sqlState) {
        return sqlState != null && sqlState.length() == 5
                && (sqlState.startsWith("08") || sqlState.startsWith("53") || sqlState.startsWith("57")
                        || sqlState.startsWith("58"));
    }
}
