package cn.chuanyu.launcher;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.chuanyu.infra.embedded.EmbeddedKafka;
import cn.chuanyu.infra.embedded.EmbeddedPostgres;

/**
 * The whole platform on this machine: a real PostgreSQL (one database and role per service), a
 * real Kafka broker, and the services as child processes, each started once its dependencies are
 * up. Closing it stops everything, services first.
 */
public final class EmbeddedPlatform implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPlatform.class);
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);
    private static final List<String> SERVICE_JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-Xms64m", "-Xmx256m",
            "-XX:MaxMetaspaceSize=160m", "-Xss512k", "-XX:ReservedCodeCacheSize=64m");

    private final EmbeddedPostgres postgres;
    private final EmbeddedKafka kafka;
    private final Map<String, ServiceProcess> services;

    private EmbeddedPlatform(EmbeddedPostgres postgres, EmbeddedKafka kafka, Map<String, ServiceProcess> services) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.services = services;
    }

    public static EmbeddedPlatform start(LaunchOptions options) throws IOException, InterruptedException {
        Path data = options.dataDirectory();
        if (!options.keepData()) {
            deleteRecursively(data);
        }
        Files.createDirectories(data);
        EmbeddedPostgres postgres = null;
        EmbeddedKafka kafka = null;
        Map<String, ServiceProcess> services = new LinkedHashMap<>();
        try {
            postgres = EmbeddedPostgres.start(options.postgresPort(), data.resolve("postgres"));
            createDatabases(postgres);
            LOG.info("PostgreSQL ready on 127.0.0.1:{}", postgres.port());
            kafka = EmbeddedKafka.start(options.kafkaPort(), data.resolve("kafka"));
            LOG.info("Kafka ready on {}", kafka.bootstrapServers());

            for (String service : LaunchOptions.SERVICES) {
                String db = LaunchOptions.database(service);
                Map<String, String> env = new HashMap<>(options.serviceEnvironment());
                env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(db));
                env.put("QUARKUS_DATASOURCE_USERNAME", db);
                env.put("QUARKUS_DATASOURCE_PASSWORD", db);
                env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
                int port = portOrFree(options.servicePorts().getOrDefault(service, 0));
                services.put(service, ServiceProcess.start(options.home(), service, port, env, data.resolve("logs"),
                        SERVICE_JVM_OPTIONS));
            }
            for (ServiceProcess service : services.values()) {
                service.awaitReady(READY_TIMEOUT);
                LOG.info("{} ready on {}", service.name(), service.url());
            }
            return new EmbeddedPlatform(postgres, kafka, services);
        } catch (Exception e) {
            new EmbeddedPlatform(postgres, kafka, services).close();
            throw e;
        }
    }

    /** One database and one role per service: no service can read another's tables. */
    private static void createDatabases(EmbeddedPostgres postgres) throws IOException {
        for (String service : LaunchOptions.SERVICES) {
            String db = LaunchOptions.database(service);
            try {
                postgres.ensureDatabase(db, db, db);
            } catch (SQLException e) {
                throw new IOException("cannot create the database of " + service, e);
            }
        }
    }

    public String url(String service) {
        return services.get(service).url();
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    public int postgresPort() {
        return postgres.port();
    }

    /** Process ids of the services, for operators measuring memory. */
    public Map<String, Long> pids() {
        Map<String, Long> pids = new LinkedHashMap<>();
        services.forEach((name, process) -> pids.put(name, process.pid()));
        return pids;
    }

    @Override
    public void close() {
        List<ServiceProcess> reversed = new ArrayList<>(services.values());
        Collections.reverse(reversed);
        for (ServiceProcess service : reversed) {
            try {
                service.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                LOG.warn("PostgreSQL did not stop cleanly", e);
            }
        }
    }

    private static int portOrFree(int port) throws IOException {
        if (port > 0) {
            return port;
        }
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
