package cn.chuanyu.launcher.fuzz;

import cn.chuanyu.launcher.EmbeddedPlatform;
import cn.chuanyu.launcher.LaunchOptions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * What a request could have changed: per table of the three services' databases (the outbox and inbox included) its row
 * count and a checksum of its rows, and the end offset of every partition of every topic of the broker. The demo data
 * is small, so a snapshot costs a few milliseconds.
 */
final class PlatformState implements AutoCloseable {

    /** A snapshot: "database.table" to "count md5", and "topic-partition" to its end offset. */
    record Snapshot(Map<String, String> tables, Map<String, Long> offsets) {}

    private record Database(String name, Connection connection, String checksums) {}

    private final List<Database> databases = new ArrayList<>();
    private final KafkaConsumer<byte[], byte[]> consumer;
    private List<TopicPartition> assigned = List.of();

    PlatformState(EmbeddedPlatform platform) throws SQLException {
        for (String service : LaunchOptions.SERVICES) {
            String db = LaunchOptions.database(service);
            Connection connection = DriverManager.getConnection(
                    "jdbc:postgresql://127.0.0.1:" + platform.postgresPort() + "/" + db, db, db);
            connection.setAutoCommit(true);
            databases.add(new Database(db, connection, checksumQuery(connection)));
        }
        Properties kafka = new Properties();
        kafka.putAll(platform.kafkaAdminConfig()); // the broker's super user: sees every topic
        kafka.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        kafka.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        kafka.put(ConsumerConfig.CLIENT_ID_CONFIG, "invalid-input-it");
        consumer = new KafkaConsumer<>(kafka);
    }

    /** One statement per database: every table's row count and the md5 of its rows in text form, sorted. */
    private static String checksumQuery(Connection connection) throws SQLException {
        List<String> parts = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet tables = statement.executeQuery("select quote_ident(table_schema) || '.' || "
                        + "quote_ident(table_name) from information_schema.tables where table_type = 'BASE TABLE' "
                        + "and table_schema not in ('pg_catalog', 'information_schema') order by 1")) {
            while (tables.next()) {
                String table = tables.getString(1);
                parts.add("select '%s', count(*) || ' ' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '')"
                                .formatted(table.replace("'", "''"))
                        + " from " + table + " t");
            }
        }
        if (parts.isEmpty()) {
            throw new SQLException("no tables in " + connection.getCatalog());
        }
        return String.join(" union all ", parts);
    }

    Snapshot capture() throws SQLException {
        Map<String, String> tables = new TreeMap<>();
        for (Database db : databases) {
            try (Statement statement = db.connection().createStatement();
                    ResultSet rows = statement.executeQuery(db.checksums())) {
                while (rows.next()) {
                    tables.put(db.name() + "." + rows.getString(1), rows.getString(2));
                }
            }
        }
        Map<String, Long> offsets = new TreeMap<>();
        List<TopicPartition> partitions = new ArrayList<>();
        for (Map.Entry<String, List<PartitionInfo>> topic :
                consumer.listTopics(Duration.ofSeconds(10)).entrySet()) {
            if (!topic.getKey().startsWith("__")) {
                topic.getValue().forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            }
        }
        if (!partitions.equals(assigned)) {
            consumer.assign(partitions);
            assigned = partitions;
        }
        consumer.endOffsets(partitions, Duration.ofSeconds(10)).forEach((p, end) -> offsets.put(p.toString(), end));
        return new Snapshot(tables, offsets);
    }

    /** What changed between two snapshots, e.g. "conference.public.paper: 12 → 13 rows", "events on paper-events-0". */
    static List<String> differences(Snapshot before, Snapshot after) {
        List<String> changes = new ArrayList<>();
        TreeSet<String> tables = new TreeSet<>(before.tables().keySet());
        tables.addAll(after.tables().keySet());
        for (String table : tables) {
            String was = before.tables().get(table);
            String is = after.tables().get(table);
            if (!Objects.equals(was, is)) {
                String wasCount = was == null ? "-" : was.split(" ")[0];
                String isCount = is == null ? "-" : is.split(" ")[0];
                changes.add(
                        wasCount.equals(isCount)
                                ? "rows of " + table + " changed (" + isCount + " rows)"
                                : table + ": " + wasCount + " → " + isCount + " rows");
            }
        }
        TreeSet<String> partitions = new TreeSet<>(before.offsets().keySet());
        partitions.addAll(after.offsets().keySet());
        for (String partition : partitions) {
            long was = before.offsets().getOrDefault(partition, 0L);
            long is = after.offsets().getOrDefault(partition, 0L);
            if (was != is) {
                changes.add((is - was) + " record(s) published on " + partition);
            }
        }
        return changes;
    }

    /**
     * Waits until nothing moves: two snapshots a second apart are equal and no outbox event is pending (what an earlier
     * test or a failed try set in motion has settled). Gives up after {@code max}, returning the last one.
     */
    Snapshot awaitQuiet(Duration max) throws SQLException, InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        Snapshot last = capture();
        while (System.nanoTime() < deadline) {
            Thread.sleep(1000);
            Snapshot next = capture();
            if (next.equals(last) && pendingEvents() == 0) {
                return next;
            }
            last = next;
        }
        return last;
    }

    private long pendingEvents() throws SQLException {
        long pending = 0;
        for (Database db : databases) {
            try (Statement statement = db.connection().createStatement();
                    ResultSet rows = statement.executeQuery(
                            "select count(*) from outbox_event where published_at is null and parked_at is null")) {
                rows.next();
                pending += rows.getLong(1);
            } catch (SQLException e) {
                // a database without an outbox
            }
        }
        return pending;
    }

    Map<String, Integer> tablesPerDatabase() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Database db : databases) {
            counts.put(db.name(), db.checksums().split(" union all ").length);
        }
        return counts;
    }

    @Override
    public void close() {
        consumer.close();
        for (Database db : databases) {
            try {
                db.connection().close();
            } catch (SQLException e) {
                // closing anyway
            }
        }
    }
}
