package cn.chuanyu.web.problem;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A request that failed because the database could not be reached: PostgreSQL down or cut off, the pool unable to hand
 * out a connection in time. Nothing the client sent is wrong and nothing changed, so it is a 503 with
 * {@code Retry-After} (the client may simply retry; readiness is down meanwhile), not a 500 for the operators.
 */
public final class DatabaseUnavailable {

    /** What {@code Retry-After} tells the client: about the time the pool's background checks need to recover. */
    public static final int RETRY_AFTER_SECONDS = 5;

    /** Hibernate's wrapper of a lost connection, named so that platform-web does not depend on Hibernate. */
    private static final String HIBERNATE_CONNECTION_FAILURE = "org.hibernate.exception.JDBCConnectionException";

    /** SQLSTATE class 08 is "connection exception"; 57P01-57P03 are PostgreSQL shutting down or starting up. */
    private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");

    private static final int MAX_DEPTH = 32;

    private DatabaseUnavailable() {}

    /** Whether anything in the cause chain says the database is unreachable. */
    public static boolean causedBy(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure;
                cause != null && depth < MAX_DEPTH;
                cause = cause.getCause() == cause ? null : cause.getCause(), depth++) {
            if (cause instanceof SQLException sql && unreachable(sql)) {
                return true;
            }
            if (cause instanceof ConnectException
                    || cause instanceof NoRouteToHostException
                    || cause instanceof UnknownHostException
                    || HIBERNATE_CONNECTION_FAILURE.equals(cause.getClass().getName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean unreachable(SQLException sql) {
        String state = sql.getSQLState();
        if (state != null && (state.startsWith("08") || SERVER_GOING_AWAY.contains(state))) {
            return true;
        }
        // Agroal's pool gives up with a state-less "Sorry, acquisition timeout!" when no connection comes in time
        String message = sql.getMessage();
        return sql instanceof SQLTransientConnectionException
                || sql instanceof SQLNonTransientConnectionException
                || message != null && message.toLowerCase(Locale.ROOT).contains("acquisition timeout");
    }

    /** The 503 problem for the failure, if the database being unreachable caused it. */
    public static Optional<Response> of(Throwable failure, Locale language) {
        if (!causedBy(failure)) {
            return Optional.empty();
        }
        Problem problem = Problem.of(
                Status.SERVICE_UNAVAILABLE,
                "service-unavailable",
                ProblemTexts.title("service-unavailable", language),
                ProblemTexts.detail("database-unavailable", language, RETRY_AFTER_SECONDS));
        return Optional.of(Response.fromResponse(problem.toResponse(language))
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .build());
    }
}
