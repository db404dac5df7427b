package cn.chuanyu.infra.embedded;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A real single-node Kafka broker in KRaft mode (broker and controller in one), running in this JVM, secured as the
 * platform's brokers are everywhere.
 *
 * <ul>
 *   <li>Every listener authenticates (SASL; no PLAINTEXT listener). Clients connect to {@link #bootstrapServers()}:
 *       services with their own SCRAM-SHA-512 principal, partners with SASL/OAUTHBEARER and a token of the platform's
 *       Keycloak realm, whose principal is the token's {@value #PARTNER_PRINCIPAL_CLAIM} claim (the client id). Tokens
 *       are checked against the JSON Web Key Set in {@link PartnerTokenValidation#jwksFile()}, which Kafka reads again
 *       whenever the file changes: the launcher copies Keycloak's keys there once Keycloak is up, so the broker does
 *       not need Keycloak to start.
 *   <li>The inter-broker and controller listeners authenticate the broker's own principal {@value #ADMIN} (PLAIN, with
 *       a password made for this instance), which is the only super user; {@link #adminConfig()} gives it to the
 *       platform's own tooling (provisioning, tests).
 *   <li>KRaft's StandardAuthorizer holds the ACLs ({@link KafkaProvisioning}); without an ACL nothing is allowed.
 *   <li>Topics are never created by the broker ({@code auto.create.topics.enable=false}): they are provisioned from the
 *       declaration ({@link KafkaTopics}).
 * </ul>
 *
 * <p>It can be stopped and started again on the same ports and log directory, which is how tests prove that events
 * written while the broker is down are delivered once it is back.
 */
public final class EmbeddedKafka implements AutoCloseable {

    /** The broker's own principal, the only super user. */
    public static final String ADMIN = "admin";
    /** The claim of a partner's token that names its principal: the client id of its client-credentials client. */
    public static final String PARTNER_PRINCIPAL_CLAIM = "azp";
    /** Every partner token must be meant for the platform's API (Keycloak's audience mapper of chuanyu-partner). */
    public static final String PARTNER_AUDIENCE = "chuanyu-api";
    /** The JVM-wide list of files Kafka's OAuth code may read (Kafka 4 refuses any other). */
    static final String ALLOWED_FILES_PROPERTY = "org.apache.kafka.sasl.oauthbearer.allowed.files";
    /** The JVM-wide list of URLs Kafka's OAuth code may fetch or read. */
    static final String ALLOWED_URLS_PROPERTY = "org.apache.kafka.sasl.oauthbearer.allowed.urls";

    private static final String CONTROLLER = "CONTROLLER";
    private static final String BROKER = "BROKER";
    private static final String CLIENTS = "CLIENTS";

    private final int port;
    private final int brokerPort;
    private final int controllerPort;
    private final Path logDirectory;
    private final PartnerTokenValidation partners;
    private final String adminPassword = UUID.randomUUID().toString();
    private KafkaRaftServer server;

    private EmbeddedKafka(
            int port, int brokerPort, int controllerPort, Path logDirectory, PartnerTokenValidation partners) {
        this.port = port;
        this.brokerPort = brokerPort;
        this.controllerPort = controllerPort;
        this.logDirectory = logDirectory;
        this.partners = partners;
    }

    /**
     * Formats the log directory if it is new and starts the broker.
     *
     * @param port 0 for any free port
     * @param logDirectory null for a throw-away directory; otherwise kept (and reused) across starts
     * @param partners how partners' tokens are checked
     */
    public static EmbeddedKafka start(int port, Path logDirectory, PartnerTokenValidation partners) throws IOException {
        Path dir = logDirectory != null ? logDirectory : Files.createTempDirectory("chuanyu-kafka-");
        allowFile(partners.jwksFile());
        var kafka = new EmbeddedKafka(FreePorts.orNext(port), FreePorts.next(), FreePorts.next(), dir, partners);
        kafka.formatIfNew();
        kafka.start();
        return kafka;
    }

    /** The client listener (SASL: SCRAM-SHA-512 for services, OAUTHBEARER for partners). */
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** Client settings of the super user {@value #ADMIN}, on the broker's internal listener. */
    public Map<String, Object> adminConfig() {
        Map<String, Object> c = new HashMap<>();
        c.put("bootstrap.servers", "127.0.0.1:" + brokerPort);
        c.put("security.protocol", "SASL_PLAINTEXT");
        c.put("sasl.mechanism", "PLAIN");
        c.put("sasl.jaas.config", plainLogin(false));
        return c;
    }

    public PartnerTokenValidation partners() {
        return partners;
    }

    /**
     * Lets Kafka's OAuth code (broker or client in this JVM) read the file, named by its path or its {@code file:} URL:
     * Kafka 4 reads only listed files and URLs.
     */
    public static void allowFile(Path file) {
        allow(ALLOWED_FILES_PROPERTY, file.toAbsolutePath().toString());
        allowUrl(file.toAbsolutePath().toUri().toString());
    }

    /** Lets Kafka's OAuth code in this JVM fetch from the URL (a token or JWKS endpoint). */
    public static void allowUrl(String url) {
        allow(ALLOWED_URLS_PROPERTY, url);
    }

    private static synchronized void allow(String property, String value) {
        String allowed = System.getProperty(property, "");
        if (!List.of(allowed.split(",")).contains(value)) {
            System.setProperty(property, allowed.isEmpty() ? value : allowed + "," + value);
        }
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /** Starts the broker again after {@link #stop()}, with the same port and data. */
    public synchronized void start() {
        if (server != null) {
            return;
        }
        server = withOwnClassLoader(() -> {
            var s = new KafkaRaftServer(new KafkaConfig(config(), false), Time.SYSTEM);
            s.startup();
            return s;
        });
    }

    /** Stops the broker, keeping its data. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        withOwnClassLoader(() -> {
            server.shutdown();
            server.awaitShutdown();
            return null;
        });
        server = null;
    }

    @Override
    public void close() {
        stop();
    }

    private Map<String, Object> config() {
        Map<String, Object> c = new HashMap<>();
        c.put("process.roles", "broker,controller");
        c.put("node.id", "1");
        c.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        c.put(
                "listeners",
                CLIENTS + "://127.0.0.1:" + port + "," + BROKER + "://127.0.0.1:" + brokerPort + "," + CONTROLLER
                        + "://127.0.0.1:" + controllerPort);
        c.put("advertised.listeners", CLIENTS + "://127.0.0.1:" + port + "," + BROKER + "://127.0.0.1:" + brokerPort);
        c.put("controller.listener.names", CONTROLLER);
        c.put("inter.broker.listener.name", BROKER);
        c.put(
                "listener.security.protocol.map",
                CLIENTS + ":SASL_PLAINTEXT," + BROKER + ":SASL_PLAINTEXT," + CONTROLLER + ":SASL_PLAINTEXT");
        security(c);
        c.put("log.dirs", logDirectory.toString());
        c.put("num.partitions", "3");
        c.put("auto.create.topics.enable", "false");
        c.put("offsets.topic.replication.factor", "1");
        c.put("offsets.topic.num.partitions", "5");
        c.put("transaction.state.log.replication.factor", "1");
        c.put("transaction.state.log.min.isr", "1");
        c.put("share.coordinator.state.topic.replication.factor", "1");
        c.put("share.coordinator.state.topic.min.isr", "1");
        c.put("group.initial.rebalance.delay.ms", "0");
        c.put("log.flush.interval.messages", Long.toString(Long.MAX_VALUE));
        return c;
    }

    /** Authentication on every listener and ACLs (see the class comment). */
    private void security(Map<String, Object> c) {
        // the broker's own principal on the internal listeners: it logs in (username/password) and accepts (user_*)
        c.put("sasl.enabled.mechanisms", "PLAIN");
        c.put("sasl.mechanism.inter.broker.protocol", "PLAIN");
        c.put("sasl.mechanism.controller.protocol", "PLAIN");
        c.put("listener.name.broker.plain.sasl.jaas.config", plainLogin(true));
        c.put("listener.name.controller.plain.sasl.jaas.config", plainLogin(true));
        // services and partners on the client listener
        c.put("listener.name.clients.sasl.enabled.mechanisms", "SCRAM-SHA-512,OAUTHBEARER");
        c.put(
                "listener.name.clients.scram-sha-512.sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required;");
        c.put(
                "listener.name.clients.oauthbearer.sasl.jaas.config",
                "org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required;");
        c.put(
                "listener.name.clients.oauthbearer.sasl.server.callback.handler.class",
                "org.apache.kafka.common.security.oauthbearer.OAuthBearerValidatorCallbackHandler");
        c.put(
                "sasl.oauthbearer.jwks.endpoint.url",
                partners.jwksFile().toAbsolutePath().toUri().toString());
        c.put("sasl.oauthbearer.expected.issuer", partners.issuer());
        c.put("sasl.oauthbearer.expected.audience", PARTNER_AUDIENCE);
        c.put("sasl.oauthbearer.sub.claim.name", PARTNER_PRINCIPAL_CLAIM);
        c.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        c.put("super.users", "User:" + ADMIN);
        c.put("allow.everyone.if.no.acl.found", "false");
    }

    private String plainLogin(boolean acceptingToo) {
        return "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"" + ADMIN
                + "\" password=\"" + adminPassword + "\""
                + (acceptingToo ? " user_" + ADMIN + "=\"" + adminPassword + "\"" : "")
                + ";";
    }

    private void formatIfNew() throws IOException {
        if (Files.exists(logDirectory.resolve("meta.properties"))) {
            return;
        }
        try {
            new Formatter()
                    .setPrintStream(new PrintStream(PrintStream.nullOutputStream()))
                    .setClusterId(Uuid.randomUuid().toString())
                    .setNodeId(1)
                    .setControllerListenerName(CONTROLLER)
                    .setMetadataLogDirectory(logDirectory.toString())
                    .setDirectories(List.of(logDirectory.toString()))
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .run();
        } catch (Exception e) {
            throw new IOException("cannot format Kafka log directory " + logDirectory, e);
        }
    }

    /**
     * Kafka instantiates plugins through the thread's context class loader; a caller inside a Quarkus test runs with
     * another one, whose copies of Kafka's classes would not match.
     */
    public static <T> T withOwnClassLoader(Supplier<T> action) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(EmbeddedKafka.class.getClassLoader());
        try {
            return action.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
