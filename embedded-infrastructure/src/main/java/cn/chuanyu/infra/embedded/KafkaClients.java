package cn.chuanyu.infra.embedded;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** Client security settings for the platform's brokers, as services and partners configure their clients. */
public final class KafkaClients {

    private KafkaClients() {}

    /** A service's (or an operator's) client: its own principal with SCRAM-SHA-512. */
    public static Map<String, Object> scram(String bootstrapServers, String user, String password) {
        Map<String, Object> c = new HashMap<>();
        c.put("bootstrap.servers", bootstrapServers);
        c.put("security.protocol", "SASL_PLAINTEXT");
        c.put("sasl.mechanism", "SCRAM-SHA-512");
        c.put(
                "sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user + "\" password=\""
                        + password + "\";");
        return c;
    }

    /**
     * A partner's client with SASL/OAUTHBEARER, fetching its tokens from the realm's token endpoint with client
     * credentials. Kafka 4 fetches only from URLs listed in the JVM's system property
     * {@code org.apache.kafka.sasl.oauthbearer.allowed.urls}.
     */
    public static Map<String, Object> partner(
            String bootstrapServers, String tokenEndpoint, String clientId, String clientSecret) {
        Map<String, Object> c = oauthBearer(bootstrapServers, tokenEndpoint);
        c.put(
                "sasl.jaas.config",
                "org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required clientId=\"" + clientId
                        + "\" clientSecret=\"" + clientSecret + "\";");
        return c;
    }

    /** A partner's client whose token is in a file (tests; the file is allowed for this JVM's Kafka clients). */
    public static Map<String, Object> partnerWithTokenFile(String bootstrapServers, Path tokenFile) {
        EmbeddedKafka.allowFile(tokenFile);
        Map<String, Object> c =
                oauthBearer(bootstrapServers, tokenFile.toAbsolutePath().toUri().toString());
        c.put("sasl.jaas.config", "org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required;");
        return c;
    }

    private static Map<String, Object> oauthBearer(String bootstrapServers, String tokenEndpoint) {
        Map<String, Object> c = new HashMap<>();
        c.put("bootstrap.servers", bootstrapServers);
        c.put("security.protocol", "SASL_PLAINTEXT");
        c.put("sasl.mechanism", "OAUTHBEARER");
        c.put("sasl.oauthbearer.token.endpoint.url", tokenEndpoint);
        c.put(
                "sasl.login.callback.handler.class",
                "org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginCallbackHandler");
        return c;
    }
}
