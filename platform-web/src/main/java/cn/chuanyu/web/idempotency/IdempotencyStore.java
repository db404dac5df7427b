package cn.chuanyu.web.idempotency;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * The table {@code idempotency_key} (Flyway location {@code db/web}). Plain JDBC on the service's data source: inside a
 * JTA transaction Agroal hands out the transaction's own connection, the one Hibernate uses for the effect, so the key
 * row commits or rolls back with it.
 */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql")
class IdempotencyStore {

    /** How long a key answers with its first result (the draft leaves it to the server; 24 h is common practice). */
    static final Duration RETENTION = Duration.ofHours(24);

    private static final Logger LOG = Logger.getLogger(IdempotencyStore.class);
    private static final long CLEAN_UP_EVERY_MILLIS = Duration.ofMinutes(10).toMillis();

    /** The request that claims a key: who sent it, the key, and what the key stands for. */
    record Fingerprint(String caller, String key, String method, String target, byte[] requestHash) {

        boolean sameRequestAs(String otherMethod, String otherTarget, byte[] otherHash) {
            return method.equals(otherMethod) && target.equals(otherTarget) && Arrays.equals(requestHash, otherHash);
        }
    }

    /** The first answer to a key, as stored: status, media type, Location, body (any may be null but status). */
    record FirstAnswer(boolean sameRequest, Integer status, String contentType, String location, byte[] body) {}

    private final DataSource dataSource;
    private final AtomicLong lastCleanUp = new AtomicLong();

    IdempotencyStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Inserts the key's row, in the caller's transaction: empty if this request now holds the key (it goes on to its
     * effect), else the row that was there first. A row of another transaction that has not committed yet makes this
     * wait (PostgreSQL's unique index), so a concurrent duplicate sees the first one's outcome. An expired row is taken
     * over as if it were not there.
     */
    Optional<FirstAnswer> claim(Fingerprint request) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement insert = connection.prepareStatement("""
                    insert into idempotency_key (caller, idempotency_key, method, target, request_hash, expires_at)
                    values (?, ?, ?, ?, ?, now() + make_interval(secs => ?))
                    on conflict (caller, idempotency_key) do update
                    set method = excluded.method, target = excluded.target, request_hash = excluded.request_hash,
                        status = null, content_type = null, location = null, body = null,
                        created_at = now(), expires_at = excluded.expires_at
                    where idempotency_key.expires_at <= now()""")) {
                insert.setString(1, request.caller());
                insert.setString(2, request.key());
                insert.setString(3, request.method());
                insert.setString(4, request.target());
                insert.setBytes(5, request.requestHash());
                insert.setLong(6, RETENTION.toSeconds());
                if (insert.executeUpdate() == 1) {
                    return Optional.empty();
                }
            }
            try (PreparedStatement select = connection.prepareStatement("""
                    select method, target, request_hash, status, content_type, location, body
                    from idempotency_key where caller = ? and idempotency_key = ?""")) {
                select.setString(1, request.caller());
                select.setString(2, request.key());
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        throw new SQLException("the row of Idempotency-Key " + request.key() + " vanished");
                    }
                    return Optional.of(new FirstAnswer(
                            request.sameRequestAs(row.getString(1), row.getString(2), row.getBytes(3)),
                            (Integer) row.getObject(4),
                            row.getString(5),
                            row.getString(6),
                            row.getBytes(7)));
                }
            }
        }
    }

    /** Stores the answer in the claimed row, in the transaction that claimed it. */
    void answer(Fingerprint request, int status, String contentType, String location, byte[] body) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("""
                        update idempotency_key set status = ?, content_type = ?, location = ?, body = ?
                        where caller = ? and idempotency_key = ?""")) {
            update.setInt(1, status);
            update.setString(2, contentType);
            update.setString(3, location);
            update.setBytes(4, body);
            update.setString(5, request.caller());
            update.setString(6, request.key());
            update.executeUpdate();
        }
    }

    /**
     * Deletes expired rows, at most every ten minutes per instance, outside any transaction (autocommit): the services
     * have no scheduler, and an expired row is ignored by {@link #claim} anyway, so this only bounds the table's size.
     */
    void cleanUpNowAndThen() {
        long now = System.currentTimeMillis();
        long last = lastCleanUp.get();
        if (now - last < CLEAN_UP_EVERY_MILLIS || !lastCleanUp.compareAndSet(last, now)) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete =
                        connection.prepareStatement("delete from idempotency_key where expires_at <= now()")) {
            int deleted = delete.executeUpdate();
            LOG.debugf("Deleted %d expired idempotency keys", deleted);
        } catch (SQLException e) {
            LOG.warnf("Could not delete expired idempotency keys (will try again later): %s", e.getMessage());
        }
    }
}
