package cn.chuanyu.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings a service's database to the benchmark's scale with the SQL scripts in {@code src/main/resources/sql}
 * (set-based inserts over the schema the service's Flyway migrations created, then VACUUM ANALYZE), run over JDBC: the
 * embedded PostgreSQL ships no psql.
 */
final class DataLoader {

    /** What one script did: rows of {@code table} before and after, and how long it took. */
    record Load(String script, String database, String table, long rowsBefore, long rowsAfter, double seconds) {}

    private DataLoader() {}

    static Load run(Platform platform, String database, String table, String script) throws SQLException, IOException {
        try (Connection connection = platform.database(database);
                Statement statement = connection.createStatement()) {
            long before = count(statement, table);
            long started = System.nanoTime();
            for (String sql : statements(resource("/sql/" + script))) {
                statement.execute(sql);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            return new Load(script, database, table, before, count(statement, table), LatencyStats.round(seconds, 1));
        }
    }

    /** A script's statements: each ends with a semicolon at the end of a line (the scripts are written so). */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            if (line.isBlank() || line.strip().startsWith("--") && current.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (line.stripTrailing().endsWith(";")) {
                String sql = current.toString().strip();
                statements.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }

    /** Up to {@code n} certificates (number, verification code) picked at random, for the verification load. */
    static List<String[]> certificates(Platform platform, int n) throws SQLException {
        List<String[]> sample = new ArrayList<>();
        try (Connection connection = platform.database("training");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select number, verification_code from certificate order by random() limit " + n)) {
            while (rows.next()) {
                sample.add(new String[] {rows.getString(1), rows.getString(2)});
            }
        }
        return sample;
    }

    static long count(Statement statement, String table) throws SQLException {
        try (ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = DataLoader.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
