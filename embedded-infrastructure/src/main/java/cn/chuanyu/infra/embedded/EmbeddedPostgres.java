package cn.chuanyu.infra.embedded;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL 17 server (zonky binaries) on 127.0.0.1, for tests and the one-command platform.
 *
 * <p>The cluster is initialised with the builtin {@code C.UTF-8} locale so that character classification (pg_trgm,
 * upper/lower) treats Chinese text as letters, whatever the host locale.
 */
public final class EmbeddedPostgres implements AutoCloseable {

    private final io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

    private EmbeddedPostgres(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server) {
        this.server = server;
    }

    /**
     * Starts a server.
     *
     * @param port 0 for any free port
     * @param dataDirectory null for a throw-away directory; otherwise kept (and reused) across starts
     * @param stopOnJvmExit whether a JVM shutdown hook stops the server; false where the caller stops it itself in
     *     order (the launcher stops the services first, so they never lose their database mid-shutdown)
     */
    public static EmbeddedPostgres start(int port, Path dataDirectory, boolean stopOnJvmExit) throws IOException {
        var builder = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                .setLocaleConfig("locale-provider", "builtin")
                .setLocaleConfig("builtin-locale", "C.UTF-8")
                .setLocaleConfig("encoding", "UTF8")
                .setRegisterShutdownHook(stopOnJvmExit)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("max_connections", "300")
                .setServerConfig("fsync", "off".equals(System.getProperty("chuanyu.postgres.fsync")) ? "off" : "on")
                .setPort(FreePorts.orNext(port));
        if (dataDirectory != null) {
            builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
        }
        return new EmbeddedPostgres(builder.start());
    }

    public int port() {
        return server.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    /** Creates a login role and a database it owns, unless they exist: one per service. */
    public void ensureDatabase(String database, String role, String password) throws SQLException {
        try (Connection c = server.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            var roleExists = s.executeQuery("select 1 from pg_roles where rolname = '" + identifier(role) + "'");
            if (!roleExists.next()) {
                s.execute("create role " + identifier(role) + " login password '" + password.replace("'", "''") + "'");
            }
            var dbExists = s.executeQuery("select 1 from pg_database where datname = '" + identifier(database) + "'");
            if (!dbExists.next()) {
                s.execute("create database " + identifier(database) + " owner " + identifier(role));
            }
        }
    }

    private static String identifier(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain SQL identifier: " + name);
        }
        return name;
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
