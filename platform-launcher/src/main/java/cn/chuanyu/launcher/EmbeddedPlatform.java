package cn.chuanyu.launcher;

import cn.chuanyu.infra.embedded.EmbeddedKafka;
import cn.chuanyu.infra.embedded.EmbeddedPostgres;
import cn.chuanyu.infra.embedded.FreePorts;
import cn.chuanyu.infra.embedded.KafkaClients;
import cn.chuanyu.infra.embedded.KafkaProvisioning;
import cn.chuanyu.infra.embedded.KafkaTopics;
import cn.chuanyu.infra.embedded.PartnerTokenValidation;
import java.io.IOException;
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
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole platform on this machine: a real PostgreSQL (one database and role per service), a real Kafka broker,
 * Keycloak with the project's realm, the three services and the gateway as child processes. Keycloak starts first (it
 * is the slowest) and is awaited last; the services do not need it to start, only to check tokens. Closing the platform
 * stops everything, gateway first.
 *
 * <p>Kafka is secured as in every deployment ({@link EmbeddedKafka}): before the services start, the declared topics
 * are provisioned and each service gets its own principal (a password made for this run) with its ACLs; the demo
 * partner {@value #DEMO_PARTNER} is granted every contract topic. Partners' tokens are checked against the realm's
 * keys, copied to the broker once Keycloak is ready ({@link PartnerKeys}).
 */
public final class EmbeddedPlatform implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPlatform.class);
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);
    private static final String DEV_FRONTEND_ORIGINS =
            "http://localhost:3000,http://localhost:4200,http://localhost:5173,"
                    + "http://127.0.0.1:3000,http://127.0.0.1:4200,http://127.0.0.1:5173";

    private static final List<String> APP_JVM_OPTIONS = AppJvmOptions.forThisJdk();

    /** The realm's client for partner systems, granted every contract topic on the embedded platform. */
    public static final String DEMO_PARTNER = "chuanyu-partner";

    private final EmbeddedPostgres postgres;
    private final EmbeddedKafka kafka;
    private final KeycloakServer keycloak;
    private final Map<String, ServiceProcess> apps;
    private final PartnerKeys partnerKeys;

    private EmbeddedPlatform(
            EmbeddedPostgres postgres,
            EmbeddedKafka kafka,
            KeycloakServer keycloak,
            Map<String, ServiceProcess> apps,
            PartnerKeys partnerKeys) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.keycloak = keycloak;
        this.apps = apps;
        this.partnerKeys = partnerKeys;
    }

    public static EmbeddedPlatform start(LaunchOptions options) throws IOException, InterruptedException {
        Path data = options.dataDirectory();
        if (!options.keepData()) {
            deleteRecursively(data);
            KeycloakServer.discardData(options.cacheDirectory());
        }
        Files.createDirectories(data);
        Path logs = data.resolve("logs");
        EmbeddedPostgres postgres = null;
        EmbeddedKafka kafka = null;
        KeycloakServer keycloak = null;
        PartnerKeys partnerKeys = null;
        Map<String, ServiceProcess> apps = new LinkedHashMap<>();
        try {
            if (KeycloakServer.realmFileChanged(options.cacheDirectory(), options.realmFile())) {
                KeycloakServer.discardData(options.cacheDirectory()); // Keycloak never re-imports a realm it has
            }
            keycloak = KeycloakServer.start(
                    options.cacheDirectory(),
                    FreePorts.orNext(options.port(LaunchOptions.KEYCLOAK)),
                    FreePorts.orNext(options.port(LaunchOptions.KEYCLOAK_MANAGEMENT)),
                    options.realmFile(),
                    logs.resolve("keycloak.log"));
            postgres = EmbeddedPostgres.start(options.port(LaunchOptions.POSTGRES), data.resolve("postgres"), false);
            createDatabases(postgres);
            LOG.info("PostgreSQL ready on 127.0.0.1:{}", postgres.port());
            var partners =
                    PartnerTokenValidation.withoutKeys(data.resolve("kafka-partner-jwks.json"), keycloak.realmUrl());
            kafka = EmbeddedKafka.start(options.port(LaunchOptions.KAFKA), data.resolve("kafka"), partners);
            Map<String, String> kafkaPasswords = provisionKafka(kafka);
            LOG.info("Kafka ready on {}", kafka.bootstrapServers());

            Path archives = StartupArchive.directory(options.cacheDirectory());
            Map<String, String> identity = Map.of("QUARKUS_OIDC_AUTH_SERVER_URL", keycloak.realmUrl());
            // chosen first: the services build Location headers from the gateway's public origin
            int gatewayPort = FreePorts.orNext(options.port(LaunchOptions.GATEWAY));
            int mailViewer = FreePorts.orNext(0);
            for (String service : LaunchOptions.SERVICES) {
                String db = LaunchOptions.database(service);
                Map<String, String> env = new HashMap<>(identity);
                env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(db));
                env.put("QUARKUS_DATASOURCE_USERNAME", db);
                env.put("QUARKUS_DATASOURCE_PASSWORD", db);
                env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
                env.put("CHUANYU_KAFKA_USERNAME", service);
                env.put("CHUANYU_KAFKA_PASSWORD", kafkaPasswords.get(service));
                env.put("CHUANYU_DEMO_DATA_ENABLED", "true"); // the source page's facts, loaded once per database
                env.put("CHUANYU_WEB_PUBLIC_BASE_URL", "http://127.0.0.1:" + gatewayPort);
                if (service.equals(NOTIFICATION_SERVICE)) {
                    env.putAll(notificationEnv(keycloak, gatewayPort, mailViewer));
                }
                if (service.equals(CONFERENCE_SERVICE)) {
                    // manuscripts live with the platform's other data; every instance reads and writes the same files
                    env.put(
                            "CHUANYU_CONFERENCE_MANUSCRIPTS_DIRECTORY",
                            data.resolve("manuscripts").toString());
                }
                for (int n = 1; n <= options.instances(); n++) {
                    String name = LaunchOptions.instance(service, n);
                    if (n > 1) {
                        // the first instance loads the demo data and runs the in-process SMTP server, which the
                        // others send to
                        env.put("CHUANYU_DEMO_DATA_ENABLED", "false");
                        env.put("CHUANYU_NOTIFICATION_EMBEDDED_SMTP_ENABLED", "false");
                    }
                    apps.put(
                            name,
                            ServiceProcess.prepare(
                                    options.home(),
                                    service,
                                    name,
                                    n == 1 ? FreePorts.orNext(options.port(service)) : FreePorts.next(),
                                    n == 1
                                            ? FreePorts.orNext(options.port(LaunchOptions.management(service)))
                                            : FreePorts.next(),
                                    new HashMap<>(env),
                                    logs,
                                    APP_JVM_OPTIONS,
                                    archives,
                                    n == 1));
                }
            }
            Map<String, String> gatewayEnv = new HashMap<>(identity);
            for (String service : LaunchOptions.SERVICES) {
                // the gateway names a route by its path: /api/notifications/ is notification-service's
                String route = service.equals(NOTIFICATION_SERVICE) ? "NOTIFICATIONS" : LaunchOptions.database(service);
                List<String> urls = new ArrayList<>();
                for (int n = 1; n <= options.instances(); n++) {
                    urls.add(apps.get(LaunchOptions.instance(service, n)).url());
                }
                gatewayEnv.put("CHUANYU_GATEWAY_" + route.toUpperCase() + "_URL", String.join(",", urls));
            }
            // the usual dev servers of frontend teams (React, Angular, Vite), as the realm's chuanyu-web client allows
            // them
            gatewayEnv.put("CHUANYU_GATEWAY_CORS_ORIGINS", DEV_FRONTEND_ORIGINS);
            apps.put(
                    LaunchOptions.GATEWAY,
                    ServiceProcess.prepare(
                            options.home(),
                            LaunchOptions.GATEWAY,
                            LaunchOptions.GATEWAY,
                            gatewayPort,
                            FreePorts.orNext(options.port(LaunchOptions.management(LaunchOptions.GATEWAY))),
                            gatewayEnv,
                            logs,
                            APP_JVM_OPTIONS,
                            archives,
                            true));

            // first one process of each application; further instances once those are up, so that a machine's
            // cores are not shared by every JVM's start at once (a start under such load can miss the database
            // pool's login timeout)
            for (int wave = 1; wave <= options.instances(); wave++) {
                List<ServiceProcess> starting = new ArrayList<>();
                for (var app : apps.entrySet()) {
                    if (instanceNumber(app.getKey()) == wave) {
                        starting.add(app.getValue().launch());
                    }
                }
                for (ServiceProcess app : starting) {
                    app.awaitReady(READY_TIMEOUT);
                    LOG.info("{} ready on {} (management {})", app.name(), app.url(), app.managementUrl());
                }
            }
            keycloak.awaitReady(READY_TIMEOUT);
            LOG.info("Keycloak ready on {}", keycloak.url());
            partnerKeys = new PartnerKeys(keycloak.realmUrl(), partners);
            partnerKeys.start();
            EmbeddedPlatform platform = new EmbeddedPlatform(postgres, kafka, keycloak, apps, partnerKeys);
            platform.mailViewerPort = mailViewer;
            return platform;
        } catch (Exception e) {
            new EmbeddedPlatform(postgres, kafka, keycloak, apps, partnerKeys).close();
            throw e;
        }
    }

    /**
     * Topics, service principals (a password per run) and their ACLs from the declaration, and the demo partner's
     * grant; all idempotent, so a kept broker is brought to the declaration at every start.
     *
     * @return each service's password
     */
    private static Map<String, String> provisionKafka(EmbeddedKafka kafka) {
        KafkaTopics topics = KafkaTopics.declared();
        Map<String, String> passwords = new LinkedHashMap<>();
        topics.servicePrincipals()
                .forEach(p -> passwords.put(p, UUID.randomUUID().toString()));
        // a service that neither writes nor reads a declared topic still logs in (its health check connects)
        LaunchOptions.SERVICES.forEach(
                p -> passwords.putIfAbsent(p, UUID.randomUUID().toString()));
        try (Admin admin = Admin.create(kafka.adminConfig())) {
            KafkaProvisioning.provision(admin, topics, passwords);
            KafkaProvisioning.grantPartner(admin, topics, DEMO_PARTNER, topics.contractTopics());
        }
        return passwords;
    }

    /**
     * Lets a partner (a client id of the realm) read the given contract topics, with consumer groups under its prefix;
     * the grant is kept with the broker's data.
     */
    public void grantPartner(String principal, List<String> topics) {
        try (Admin admin = Admin.create(kafka.adminConfig())) {
            KafkaProvisioning.grantPartner(admin, KafkaTopics.declared(), principal, topics);
        }
    }

    /** The super user's client settings, for the platform's own tooling and tests. */
    public Map<String, Object> kafkaAdminConfig() {
        return kafka.adminConfig();
    }

    /**
     * Client settings of a partner: SASL/OAUTHBEARER with tokens fetched from the realm with client credentials (the
     * token endpoint is allowed for this JVM's Kafka clients).
     */
    public Map<String, Object> kafkaPartnerConfig(String clientId, String clientSecret) {
        String tokenEndpoint = keycloak.realmUrl() + "/protocol/openid-connect/token";
        EmbeddedKafka.allowUrl(tokenEndpoint);
        return KafkaClients.partner(kafka.bootstrapServers(), tokenEndpoint, clientId, clientSecret);
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

    /** The base URL of a service module or of the gateway. */
    public String url(String app) {
        return apps.get(app).url();
    }

    /** The base URL of a service's or the gateway's management interface: {@code /q/health}, {@code /q/metrics}. */
    public String managementUrl(String app) {
        return apps.get(app).managementUrl();
    }

    public String keycloakUrl() {
        return keycloak.url();
    }

    public String realmUrl() {
        return keycloak.realmUrl();
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    public int postgresPort() {
        return postgres.port();
    }

    /** Stops one service or the gateway (its port stays reserved for {@link #restart(String)}), as an outage would. */
    public void stop(String app) throws InterruptedException {
        apps.get(app).close();
    }

    /** Kills one process at once (SIGKILL: no shutdown, no goodbye to Kafka's group), as a crash would. */
    public void kill(String app) throws InterruptedException {
        apps.get(app).kill();
    }

    /** Starts a stopped service or gateway again and waits until it is ready. */
    public void restart(String app) throws IOException, InterruptedException {
        ServiceProcess process = apps.get(app);
        process.restart();
        process.awaitReady(READY_TIMEOUT);
    }

    /** Process ids, for operators measuring memory. */
    public Map<String, Long> pids() {
        Map<String, Long> pids = new LinkedHashMap<>();
        pids.put(
                "launcher (PostgreSQL and Kafka inside)",
                ProcessHandle.current().pid());
        apps.forEach((name, process) -> pids.put(name, process.pid()));
        pids.put("keycloak", keycloak.pid());
        return pids;
    }

    @Override
    public void close() {
        if (partnerKeys != null) {
            partnerKeys.close();
        }
        List<ServiceProcess> reversed = new ArrayList<>(apps.values());
        Collections.reverse(reversed);
        try {
            // the gateway first, so that no request reaches a stopping service; then the services together
            ServiceProcess gateway = apps.get(LaunchOptions.GATEWAY);
            if (gateway != null) {
                gateway.close();
            }
            for (ServiceProcess app : reversed) {
                app.stop();
            }
            for (ServiceProcess app : reversed) {
                app.awaitStopped();
            }
            if (keycloak != null) {
                keycloak.close();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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

    /** 1 for a service's first process and the gateway, n for {@code name#n}. */
    private static int instanceNumber(String app) {
        int hash = app.indexOf('#');
        return hash < 0 ? 1 : Integer.parseInt(app.substring(hash + 1));
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

    static final String NOTIFICATION_SERVICE = "notification-service";
    static final String CONFERENCE_SERVICE = "conference-service";
    private int mailViewerPort;

    /**
     * notification-service's own parts: its in-process SMTP server (and the IMAP port to read what it sent) on free
     * ports, the realm's users read with the service account of chuanyu-notification, links to the gateway's origin.
     */
    private static Map<String, String> notificationEnv(KeycloakServer keycloak, int gatewayPort, int mailViewerPort)
            throws IOException {
        int mailPort = FreePorts.orNext(0);
        String realm = keycloak.realmUrl();
        return Map.of(
                "CHUANYU_NOTIFICATION_EMBEDDED_SMTP_ENABLED", "true",
                "CHUANYU_NOTIFICATION_EMBEDDED_SMTP_PORT", Integer.toString(mailPort),
                "CHUANYU_NOTIFICATION_EMBEDDED_SMTP_IMAP_PORT", Integer.toString(mailViewerPort),
                "CHUANYU_NOTIFICATION_DIRECTORY_KEYCLOAK_URL", realm.substring(0, realm.indexOf("/realms/")),
                "CHUANYU_NOTIFICATION_LINKS_FRONTEND", "http://127.0.0.1:" + gatewayPort);
    }

    /** The embedded SMTP server's IMAP port: sent mail, readable with any mail client (user = password = address). */
    public int mailViewerPort() {
        return mailViewerPort;
    }
}
