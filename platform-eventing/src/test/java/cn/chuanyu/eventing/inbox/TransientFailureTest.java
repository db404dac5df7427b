package cn.chuanyu.eventing.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

/** Which failures the inbox keeps retrying (the database will be back) and which it dead-letters in the end. */
class TransientFailureTest {

    @Test
    void aLostDatabaseConnectionIsRetriedNotDeadLettered() {
        var lost = new PersistenceException(new JDBCConnectionException(
                "connection refused", new SQLException("Connection to 127.0.0.1:15432 refused", "08001")));
        assertThat(Inbox.isTransient(lost)).isTrue();
        assertThat(Inbox.isTransient(new RuntimeException(new SQLTransientConnectionException("pool exhausted"))))
                .isTrue();
    }

    @Test
    void deadlocksAndSerialisationFailuresAreRetried() {
        assertThat(Inbox.isTransient(new PersistenceException(new SQLException("deadlock detected", "40P01"))))
                .isTrue();
        assertThat(Inbox.isTransient(new PersistenceException(new SQLException("terminating connection", "57P01"))))
                .isTrue();
    }

    @Test
    void aFailureTheEffectMarksTransientIsRetried() {
        class ServiceStarting extends RuntimeException implements TransientFailure {}
        assertThat(Inbox.isTransient(new IllegalStateException("lookup failed", new ServiceStarting())))
                .isTrue();
    }

    @Test
    void aBugOrAConstraintViolationIsNotTransient() {
        assertThat(Inbox.isTransient(new NullPointerException())).isFalse();
        assertThat(Inbox.isTransient(new PersistenceException(new SQLException("value too long", "22001"))))
                .isFalse();
        assertThat(Inbox.isTransient(new PersistenceException(new SQLException("duplicate key", "23505"))))
                .isFalse();
    }
}
