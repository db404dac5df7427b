package cn.chuanyu.web.problem;

import jakarta.ws.rs.core.Response.Status;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * Failures PostgreSQL reports for a request that raced another: a unique constraint the other request satisfied first,
 * or a deadlock or serialization failure it won. The transaction was rolled back, so for the client it is a conflict
 * (nothing changed; read again or retry), not a server error.
 */
final class DatabaseConflicts {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String SERIALIZATION_FAILURE = "40001";
    private static final String DEADLOCK_DETECTED = "40P01";

    private DatabaseConflicts() {}

    static Optional<Problem> of(Throwable failure) {
        return of(failure, ProblemTexts.DEFAULT);
    }

    static Optional<Problem> of(Throwable failure, Locale language) {
        for (Throwable cause = failure; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                switch (sql.getSQLState()) {
                    case UNIQUE_VIOLATION:
                        return Optional.of(conflict("already-exists", "stored-first", language));
                    case SERIALIZATION_FAILURE, DEADLOCK_DETECTED:
                        return Optional.of(conflict("concurrent-modification", "concurrent-change", language));
                    default:
                        return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static Problem conflict(String slug, String detailKey, Locale language) {
        return Problem.of(
                Status.CONFLICT, slug, ProblemTexts.title(slug, language), ProblemTexts.detail(detailKey, language));
    }
}
