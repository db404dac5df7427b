package cn.chuanyu.eventing.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import cn.chuanyu.eventing.EventingConfig;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.common.annotation.Identifier;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The outbox relay's producer hard-codes nothing: it takes the service's {@code kafka.*} settings (the broker and the
 * service's own credentials, as every channel does), its own defaults, and the overrides under
 * {@code chuanyu.eventing.relay.kafka.} (this test application sets {@code linger.ms}).
 */
@QuarkusTest
class RelayProducerSettingsTest {

    @Inject
    EventingConfig config;

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafka;

    @Test
    void theRelayAuthenticatesAsTheServiceKeepsItsDefaultsAndTakesOverrides() {
        Map<String, Object> producer = CloudEventPublisher.producerConfig(config, kafka, "eventing-test");

        assertThat(producer.get("bootstrap.servers")).isEqualTo(kafka.get("bootstrap.servers"));
        assertThat(producer.get("security.protocol")).isEqualTo("SASL_PLAINTEXT");
        assertThat(producer.get("sasl.mechanism")).isEqualTo("SCRAM-SHA-512");
        assertThat((String) producer.get("sasl.jaas.config")).contains("username=\"eventing-test\"");
        assertThat(producer)
                .containsEntry("acks", "all")
                .containsEntry("enable.idempotence", true)
                .containsEntry("client.id", "eventing-test-outbox-relay")
                .containsEntry(
                        "max.block.ms", (int) config.relay().sendTimeout().toMillis())
                .containsEntry("linger.ms", "5");
    }
}
