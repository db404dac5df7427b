package cn.chuanyu.testing;

import cn.chuanyu.infra.embedded.EmbeddedKafka;
import cn.chuanyu.infra.embedded.EmbeddedPostgres;
import cn.chuanyu.infra.embedded.KafkaProvisioning;
import cn.chuanyu.infra.embedded.KafkaTopics;
import cn.chuanyu.infra.embedded.PartnerTokenValidation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;

/**
 * The real PostgreSQL and Kafka of this test JVM: started once, before the first test, shared by every test class and
 * every Quarkus application boot, stopped when the JVM's test session ends.
 *
 * <p>Quarkus applications find them through system properties (datasource URL and credentials,
 * {@code kafka.bootstrap.servers}), which override application.properties. The broker is secured as everywhere: each
 * application authenticates with its own principal and password from its application.properties (created here from the
 * topic declaration, with the ACLs that follow from it); tests observe with {@link #kafkaAdminConfig()}. This class
 * must be loaded parent-first ({@code quarkus.class-loading.parent-first-artifacts}) so that tests see the same
 * instance as the session that started it.
 */
public final class RealInfrastructure {

    public static final String DATABASE = "app";
    public static final String USER = "app";
    public static final String PASSWORD = "app";
    /** The partner principal the tests' broker grants every contract topic (a client id of the realm). */
    public static final String DEMO_PARTNER = "chuanyu-partner";
    /** The system property that puts a {@link DatabaseLink} between the applications and PostgreSQL. */
    public static final String DATABASE_LINK_PROPERTY = "chuanyu.test.database-link";

    private static EmbeddedPostgres postgres;
    private static EmbeddedKafka kafka;
    private static DatabaseLink databaseLink;
    private static PartnerTokens partnerTokens;

    private RealInfrastructure() {}

    static synchronized void start() {
        if (postgres != null) {
            return;
        }
        try {
            long started = System.nanoTime();
            System.setProperty("chuanyu.postgres.fsync", "off");
            postgres = EmbeddedPostgres.start(0, null, true);
            postgres.ensureDatabase(DATABASE, USER, PASSWORD);
            partnerTokens = PartnerTokens.create();
            var partners = PartnerTokenValidation.withoutKeys(
                    partnerTokens.directory().resolve("jwks.json"), PartnerTokens.ISSUER);
            partners.updateKeys(partnerTokens.jwks());
            kafka = EmbeddedKafka.start(0, null, partners);
            provision();
            System.setProperty("quarkus.datasource.jdbc.url", applicationJdbcUrl());
            System.setProperty("quarkus.datasource.username", USER);
            System.setProperty("quarkus.datasource.password", PASSWORD);
            System.setProperty("kafka.bootstrap.servers", kafka.bootstrapServers());
            System.out.printf(
                    "Real test infrastructure ready in %d ms: PostgreSQL on %s, Kafka on %s%n",
                    (System.nanoTime() - started) / 1_000_000, postgres.jdbcUrl(DATABASE), kafka.bootstrapServers());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded test infrastructure", e);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the test database", e);
        }
    }

    /**
     * Creates the declared topics (the platform's and the test module's own), each declared service principal with its
     * demo password ({@link #demoPassword}, which the services' application.properties default to) and their ACLs;
     * grants the demo partner ({@value #DEMO_PARTNER}) every contract topic.
     */
    private static void provision() {
        KafkaTopics topics = KafkaTopics.declared(RealInfrastructure.class.getClassLoader());
        Map<String, String> passwords = new LinkedHashMap<>();
        topics.servicePrincipals().forEach(p -> passwords.put(p, demoPassword(p)));
        EmbeddedKafka.withOwnClassLoader(() -> {
            try (Admin admin = Admin.create(kafka.adminConfig())) {
                KafkaProvisioning.provision(admin, topics, passwords);
                KafkaProvisioning.grantPartner(admin, topics, DEMO_PARTNER, topics.contractTopics());
            }
            return null;
        });
    }

    /** The demo password of a service principal in the tests: DEMO credentials, as in application.properties. */
    public static String demoPassword(String principal) {
        return principal + "-demo-secret";
    }

    /**
     * PostgreSQL's URL, or that of a {@link DatabaseLink} in front of it where the module's tests cut the database
     * ({@value #DATABASE_LINK_PROPERTY}=true, e.g. in Surefire's system properties).
     */
    private static String applicationJdbcUrl() {
        if (!Boolean.getBoolean(DATABASE_LINK_PROPERTY)) {
            return postgres.jdbcUrl(DATABASE);
        }
        databaseLink = DatabaseLink.to(postgres.port());
        return "jdbc:postgresql://127.0.0.1:" + databaseLink.port() + "/" + DATABASE;
    }

    static synchronized void stop() {
        if (databaseLink != null) {
            databaseLink.close();
            databaseLink = null;
        }
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("Embedded PostgreSQL did not stop cleanly: " + e);
            }
            postgres = null;
        }
    }

    /** The broker, for tests that stop and restart it. */
    public static synchronized EmbeddedKafka kafka() {
        if (kafka == null) {
            throw new IllegalStateException("the test infrastructure is not running in this class loader; is "
                    + "cn.chuanyu:platform-test-infrastructure listed in "
                    + "quarkus.class-loading.parent-first-artifacts?");
        }
        return kafka;
    }

    /** The link to PostgreSQL, for tests that cut the database off; only where the test JVM asked for one. */
    public static synchronized DatabaseLink databaseLink() {
        if (databaseLink == null) {
            throw new IllegalStateException("no database link in this test JVM: set the system property "
                    + DATABASE_LINK_PROPERTY + "=true (and load this class parent-first)");
        }
        return databaseLink;
    }

    /** The client listener of the broker (authentication required). */
    public static String bootstrapServers() {
        return kafka().bootstrapServers();
    }

    /** Client settings of the broker's super user, for tests that observe or play other contexts. */
    public static Map<String, Object> kafkaAdminConfig() {
        return kafka().adminConfig();
    }

    /** Signs partners' tokens the broker accepts. */
    public static synchronized PartnerTokens partnerTokens() {
        kafka();
        return partnerTokens;
    }

    public static String jdbcUrl() {
        if (postgres == null) {
            throw new IllegalStateException("the test infrastructure is not running in this class loader");
        }
        return postgres.jdbcUrl(DATABASE);
    }
}
