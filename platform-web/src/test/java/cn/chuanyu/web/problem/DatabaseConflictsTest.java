package cn.chuanyu.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseConflictsTest {

    @Test
    void aUniqueViolationDeepInTheCauseChainIsAConflictNotAServerError() {
        var failure = new RuntimeException(
                "commit failed",
                new IllegalStateException(
                        "flush", new SQLException("duplicate key value violates unique constraint", "23505")));
        assertThat(DatabaseConflicts.of(failure)).hasValueSatisfying(p -> {
            assertThat(p.status()).isEqualTo(409);
            assertThat(p.type().toString()).endsWith("/already-exists");
        });
    }

    @Test
    void aDeadlockVictimIsToldToTryAgain() {
        var failure = new RuntimeException(new SQLException("deadlock detected", "40P01"));
        assertThat(DatabaseConflicts.of(failure))
                .hasValueSatisfying(p -> assertThat(p.type().toString()).endsWith("/concurrent-modification"));
    }

    @Test
    void otherFailuresStayUnexpected() {
        assertThat(DatabaseConflicts.of(new RuntimeException(new SQLException("connection refused", "08001"))))
                .isEmpty();
        assertThat(DatabaseConflicts.of(new IllegalStateException("no database involved")))
                .isEmpty();
    }
}
