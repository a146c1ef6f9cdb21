package hall.security.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.TransactionSystemException;

import static org.assertj.core.api.Assertions.assertThat;

class StoreOutageTest {

    @Test
    void aRollbackThatFailedOnTheLostConnectionIsAnOutage() {
        // what the fault run saw: PostgreSQL killed under a request in flight
        Exception failure = new TransactionSystemException("JDBC rollback failed",
                new SQLException("An I/O error occurred while sending to the backend.", "08006"));

        assertThat(StoreOutage.causedBy(failure)).isTrue();
    }

    @Test
    void aRollbackOnThePoolsClosedConnectionIsAnOutageByWhatMadeItRollBack() {
        // seen in the seed-57 fault run: the pool had closed the broken connection, so the rollback's own cause says
        // only "Connection is closed"; the I/O error that made the transaction roll back is its application exception
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollback.initApplicationException(new SQLException("An I/O error occurred while sending to the backend.", "08006"));

        assertThat(StoreOutage.causedBy(rollback)).isTrue();
        assertThat(StoreOutage.causedBy(new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed")))).isFalse();
    }

    @Test
    void aShutdownOrAFullServerIsAnOutage() {
        assertThat(StoreOutage.causedBy(new RuntimeException(new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
        assertThat(StoreOutage.causedBy(new SQLException("sorry, too many clients already", "53300"))).isTrue();
        assertThat(StoreOutage.causedBy(new CannotGetJdbcConnectionException("no connection"))).isTrue();
        assertThat(StoreOutage.causedBy(new IllegalStateException(new SQLTransientConnectionException("pool timed out")))).isTrue();
    }

    @Test
    void aRefusedStatementIsNotAnOutage() {
        assertThat(StoreOutage.causedBy(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(StoreOutage.causedBy(new TransactionSystemException("JDBC commit failed",
                new SQLException("could not serialize access", "40001")))).isFalse();
        assertThat(StoreOutage.causedBy(new IllegalStateException("a bug"))).isFalse();
    }

    @Test
    void aCauseChainWithACycleEnds() {
        IllegalStateException first = new IllegalStateException("first");
        IllegalArgumentException second = new IllegalArgumentException("second", first);
        first.initCause(second);

        assertThat(StoreOutage.causedBy(first)).isFalse();
    }

    @Test
    void onlyTheConnectionClassesOfSqlStateCount() {
        assertThat(StoreOutage.connectionLost("08001")).isTrue();
        assertThat(StoreOutage.connectionLost("58030")).isTrue();
        assertThat(StoreOutage.connectionLost("22001")).isFalse();
        assertThat(StoreOutage.connectionLost("08")).isFalse();
        assertThat(StoreOutage.connectionLost(null)).isFalse();
    }
}
